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
