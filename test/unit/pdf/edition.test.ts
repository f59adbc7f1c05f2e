import { describe, expect, it } from 'vitest';
import { QUICK_PDF_SECTIONS } from '../../../src/render/pdf/editions.ts';
import { renderPlanPdfBuffer } from '../../../src/render/pdf/node.ts';
import { bodyText, CREATION_DATE, readPdf, squash } from '../../support/read-pdf.ts';
import { fullPlan, realContent } from './support/plans.ts';

const QUICK = {
  label: 'Quick check',
  note: 'This is a quick check: 15 of its 15 questions are answered.',
  sections: QUICK_PDF_SECTIONS,
};

async function render(edition?: typeof QUICK) {
  const bytes = await renderPlanPdfBuffer(fullPlan(), {
    brand: realContent().brand,
    creationDate: CREATION_DATE,
    edition,
  });
  return readPdf(new Uint8Array(bytes));
}

describe('a marked edition of the PDF', () => {
  it('names itself on the cover and in the title, and keeps only its sections', async () => {
    const [quick, full] = await Promise.all([render(QUICK), render()]);
    const cover = squash(quick.pages[0]?.text ?? '');
    expect(cover).toContain(squash('QUICK CHECK'));
    expect(cover).toContain(squash(QUICK.note));
    expect(String(quick.info['Title'])).toMatch(/^Customer segmentation plan \(Quick check\): /);
    const text = bodyText(quick);
    for (const kept of ['Executive summary', 'Segment design', 'Segment count', 'Appendix'])
      expect(text, kept).toContain(squash(kept));
    // The contents list only the kept sections ("Review cadence" still names a group of answers in the appendix).
    const contents = squash(quick.pages[1]?.text ?? '');
    expect(contents).toContain(squash('Segment design'));
    for (const left of ['Systems impact', 'Sales-force communication plan', 'Rollout playbook', 'Review cadence']) {
      expect(contents, left).not.toContain(squash(left));
      expect(squash(full.pages[1]?.text ?? ''), left).toContain(squash(left));
    }
    expect(text).not.toContain(squash('Rollout playbook'));
    expect(quick.pages.length).toBeLessThan(full.pages.length);
    // The full plan carries no mark.
    expect(squash(full.pages[0]?.text ?? '')).not.toContain(squash('QUICK CHECK'));
    expect(bodyText(full)).toContain(squash('Rollout playbook'));
  }, 120_000);
});
