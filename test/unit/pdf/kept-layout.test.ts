import { Document, Page, renderToBuffer, Text, View, type PageLayoutProps } from '@react-pdf/renderer';
import { createElement as h, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../support/read-pdf.ts';

/**
 * patches/@react-pdf+layout keeps the first-pass layout of a fragment that lands whole on a page,
 * instead of laying its subtree out again. When the page gives that fragment another size, the page
 * must be laid out again in full: here a box that grows to fill the page, with its text at its foot.
 */
function pageWith(content: ReactNode) {
  return h(
    Document,
    null,
    h(
      Page,
      {
        size: 'A4',
        style: { padding: 40, fontSize: 12 },
        layout: ({ children }: PageLayoutProps) => [children],
      },
      content,
    ),
  );
}

const baselineOf = async (bytes: Uint8Array, text: string): Promise<number> => {
  const pdf = await readPdf(bytes);
  const item = pdf.pages.flatMap((page) => page.items).find((i) => i.str === text);
  expect(item, text).toBeDefined();
  return item?.y ?? Number.NaN;
};

describe('page layout of fragments kept whole', () => {
  it('lays a page out again when a kept box grows: text at the foot of a growing box sits at the foot of the page', async () => {
    const bytes = await renderToBuffer(
      pageWith(
        h(
          View,
          { style: { flexGrow: 1, justifyContent: 'flex-end' } },
          h(Text, null, 'Top of the box'),
          h(Text, null, 'Foot of the box'),
        ),
      ),
    );
    // PDF coordinates run up from the bottom edge; the page's bottom padding is 40 pt.
    const foot = await baselineOf(new Uint8Array(bytes), 'Foot of the box');
    const top = await baselineOf(new Uint8Array(bytes), 'Top of the box');
    expect(foot).toBeGreaterThan(40);
    expect(foot).toBeLessThan(60);
    expect(top - foot).toBeGreaterThan(10);
    expect(top - foot).toBeLessThan(20);
  });

  it('keeps the first-pass positions of a box that keeps its size', async () => {
    const bytes = await renderToBuffer(
      pageWith([
        h(View, { key: 'a', style: { height: 100 } }),
        h(View, { key: 'b', style: { paddingLeft: 30 } }, h(Text, null, 'Inside the kept box')),
      ]),
    );
    const page = (await readPdf(new Uint8Array(bytes))).pages[0];
    const item = page?.items.find((i) => i.str === 'Inside the kept box');
    expect(item?.x).toBeCloseTo(70, 0);
    // 40 pt of padding and the 100 pt box above it, then one 12 pt line.
    expect((page?.height ?? 0) - (item?.y ?? 0)).toBeGreaterThan(140);
    expect((page?.height ?? 0) - (item?.y ?? 0)).toBeLessThan(160);
  });
});

describe('page layout of a box split across pages', () => {
  it('places an absolute child against the piece on each page, not against the box before it was split', async () => {
    const bytes = await renderToBuffer(
      pageWith(
        h(
          View,
          { style: { height: 1200 } },
          h(Text, { style: { position: 'absolute', bottom: 0, left: 0 } }, 'Foot of the piece'),
        ),
      ),
    );
    const pdf = await readPdf(new Uint8Array(bytes));
    expect(pdf.pages.length).toBeGreaterThan(1);
    const feet = pdf.pages.flatMap((page) =>
      page.items.filter((i) => i.str === 'Foot of the piece').map((i) => ({ y: i.y, height: page.height })),
    );
    expect(feet.length).toBeGreaterThan(0);
    // Inside the page's padding on every page it appears on: 40 pt from the bottom and the top.
    for (const foot of feet) {
      expect(foot.y).toBeGreaterThanOrEqual(40);
      expect(foot.y).toBeLessThanOrEqual(foot.height - 40);
    }
  });
});

describe('page layout of kept blocks in a row aligned on baselines', () => {
  /** How far the kept block's first line sits above its neighbour's, in a row with a block this tall. */
  const offset = async (tallHeight: number) => {
    const bytes = await renderToBuffer(
      pageWith(
        h(
          View,
          { style: { flexDirection: 'row', alignItems: 'baseline' } },
          h(View, { style: { width: 200 } }, h(Text, { style: { fontSize: 9 } }, 'Kept block'), h(Text, null, 'More')),
          h(
            View,
            { style: { width: 200, paddingTop: 20 } },
            h(Text, { style: { fontSize: 28 } }, 'Tall neighbour'),
            h(View, { style: { height: tallHeight } }),
          ),
        ),
      ),
    );
    const pdf = await readPdf(new Uint8Array(bytes));
    const first = pdf.pages[0]?.items ?? [];
    const kept = first.find((i) => i.str === 'Kept block');
    const neighbour = first.find((i) => i.str === 'Tall neighbour');
    expect(kept).toBeDefined();
    expect(neighbour).toBeDefined();
    return { pages: pdf.pages.length, offset: (kept?.y ?? Number.NaN) - (neighbour?.y ?? Number.NaN) };
  };

  it('aligns a kept block as the first pass did when the row breaks across pages and is laid out again', async () => {
    // A short row fits the page whole and keeps the first pass's full layout: the reference.
    const whole = await offset(100);
    // A tall one breaks, so the page lays the row out again, with the first block kept.
    const broken = await offset(1200);
    expect(whole.pages).toBe(1);
    expect(broken.pages).toBeGreaterThan(1);
    expect(broken.offset).toBeCloseTo(whole.offset, 1);
  });
});

describe('page layout of a page with floats', () => {
  /** Where each line of text lands, laid out by the newer engine (with a page layout) or the older one. */
  const positions = async (content: ReactNode, withLayout: boolean) => {
    const page = h(
      Page,
      withLayout
        ? { size: 'A4', style: { padding: 40 }, layout: ({ children }: PageLayoutProps) => [children] }
        : { size: 'A4', style: { padding: 40 } },
      content,
    );
    const pdf = await readPdf(new Uint8Array(await renderToBuffer(h(Document, null, page))));
    return pdf.pages.flatMap((p) => p.items.map((i) => `${i.str} at ${i.x.toFixed(1)}, ${i.y.toFixed(1)}`));
  };

  it('lays out a page with a float and a clear as the older engine does, which lays every page out in full', async () => {
    // Floats and clears move boxes after yoga has run, so such a page is not laid out from kept blocks.
    const content = [
      h(
        View,
        { key: 'box' },
        h(View, { style: { float: 'left', width: 100, height: 80 } }),
        h(Text, null, 'Beside the float'),
        h(Text, { style: { clear: 'both' } }, 'Below the float'),
      ),
      h(Text, { key: 'after' }, 'After the box'),
    ];
    const newer = await positions(content, true);
    expect(newer).toHaveLength(3);
    expect(newer).toEqual(await positions(content, false));
  });
});
