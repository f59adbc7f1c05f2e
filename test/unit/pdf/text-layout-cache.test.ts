import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { renderPlan, withoutFileId } from '../../support/read-pdf.ts';
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

    // Every render is compared byte for byte, without the file identifier (which is random).
    const limit = setTextLayoutCacheLimit(0);
    expect(limit).toBeGreaterThan(50_000);
    let fresh: string;
    let freshOther: string;
    try {
      fresh = withoutFileId(await renderPlan(plan));
      freshOther = withoutFileId(await renderPlan(other));
    } finally {
      setTextLayoutCacheLimit(limit);
    }
    const first = withoutFileId(await renderPlan(plan));
    const otherAfter = withoutFileId(await renderPlan(other));
    const again = withoutFileId(await renderPlan(plan));
    expect(fresh).toContain('/Info');
    expect(first).toBe(fresh);
    expect(otherAfter).toBe(freshOther);
    expect(again).toBe(fresh);
  });

  it('drops what it keeps when the limit is lowered, and a render still matches', async () => {
    const content = realContent();
    const plan = buildPlan(content, answersDocument(content, { organisation: 'Kept and dropped' }));
    const full = withoutFileId(await renderPlan(plan));
    // A limit smaller than one plan's text: layouts are evicted during the render itself.
    const limit = setTextLayoutCacheLimit(2_000);
    try {
      expect(withoutFileId(await renderPlan(plan))).toBe(full);
      expect(withoutFileId(await renderPlan(plan))).toBe(full);
    } finally {
      expect(setTextLayoutCacheLimit(limit)).toBe(2_000);
    }
  });
});
