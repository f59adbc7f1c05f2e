import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { renderPlanPdfBuffer } from '../../../src/pdf/node.ts';
import { answersDocument, realContent } from './support/plans.ts';

/**
 * The layout cache that patches/@react-pdf+layout adds: react-pdf keeps each text layout under a
 * key of everything it depends on, so the header on every page, and the catalogue text every plan
 * prints, are laid out once. Not part of react-pdf's typed interface, hence the cast.
 */
const { setTextLayoutCacheLimit } = (await import('@react-pdf/layout')) as unknown as {
  setTextLayoutCacheLimit: (chars: number) => number;
};

describe('a render with text layouts kept from earlier renders', () => {
  it('writes the same PDF as a render that lays out every string afresh', async () => {
    const content = realContent();
    const options = { brand: content.brand, sources: content.sources, creationDate: new Date('2026-11-24T09:00:00Z') };
    const plan = buildPlan(content, answersDocument(content, { organisation: 'Société Łódź 客户' }));
    // Another plan: a different organisation (header on every page) and a note, so that some of its
    // text is new and some is the catalogue's.
    const other = buildPlan(
      content,
      answersDocument(content, {
        organisation: 'Ōsaka Dental',
        notes: { 'readiness.objective': 'Grow dental '.repeat(300) },
      }),
    );
    // The file identifier is random; everything else must match byte for byte.
    const withoutId = (pdf: Buffer) => pdf.toString('latin1').replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '');

    const limit = setTextLayoutCacheLimit(0);
    expect(limit).toBeGreaterThan(50_000);
    let fresh: string;
    let freshOther: string;
    try {
      fresh = withoutId(await renderPlanPdfBuffer(plan, options));
      freshOther = withoutId(await renderPlanPdfBuffer(other, options));
    } finally {
      setTextLayoutCacheLimit(limit);
    }
    const first = withoutId(await renderPlanPdfBuffer(plan, options));
    const otherAfter = withoutId(await renderPlanPdfBuffer(other, options));
    const again = withoutId(await renderPlanPdfBuffer(plan, options));
    expect(fresh).toContain('/Info');
    expect(first).toBe(fresh);
    expect(otherAfter).toBe(freshOther);
    expect(again).toBe(fresh);
  });

  it('drops what it keeps when the limit is lowered, and a render still matches', async () => {
    const content = realContent();
    const options = { brand: content.brand, sources: content.sources, creationDate: new Date('2026-11-24T09:00:00Z') };
    const plan = buildPlan(content, answersDocument(content, { organisation: 'Kept and dropped' }));
    const withoutId = (pdf: Buffer) => pdf.toString('latin1').replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '');
    const full = withoutId(await renderPlanPdfBuffer(plan, options));
    // A limit smaller than one plan's text: layouts are evicted during the render itself.
    const limit = setTextLayoutCacheLimit(2_000);
    try {
      expect(withoutId(await renderPlanPdfBuffer(plan, options))).toBe(full);
      expect(withoutId(await renderPlanPdfBuffer(plan, options))).toBe(full);
    } finally {
      expect(setTextLayoutCacheLimit(limit)).toBe(2_000);
    }
  });
});
