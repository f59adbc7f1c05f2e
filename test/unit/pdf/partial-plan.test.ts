import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { readinessBasis } from '../../../src/engine/readiness-basis.ts';
import { missingQuestions } from '../../../src/present/plan-status.ts';
import { answersDocument, fullPlan, partialPlan, realContent } from './support/plans.ts';
import { bodyText, itemsOutsidePage, pagesWith, readPdf, renderPlan, squash } from '../../support/read-pdf.ts';

describe('the PDF of a partly answered plan', () => {
  it('is a valid PDF that lists every open question in the appendix, with what was assumed', async () => {
    const plan = partialPlan();
    expect(plan.openQuestions.length).toBeGreaterThan(5);
    const pdf = await readPdf(await renderPlan(plan));
    const appendixStart = pagesWith(pdf, 'Open questions').at(-1) ?? 0;
    expect(appendixStart).toBeGreaterThan(2);
    for (const q of plan.openQuestions) {
      const pages = pagesWith(pdf, q.prompt);
      expect(
        pages.some((p) => p >= appendixStart),
        q.questionId,
      ).toBe(true);
    }
    expect(pdf.pages.some((p) => p.text.includes(plan.confidence.statement))).toBe(true);
    // The readiness verdict says how few checks it rests on, so it is not read as final.
    const { answered, applicable } = readinessBasis(plan.readiness);
    expect(answered).toBeLessThan(applicable);
    // On the summary (page 3) and where the readiness section opens (page 4).
    expect(pagesWith(pdf, `(based on ${answered} of ${applicable} checks)`)).toEqual([3, 4]);
    // The readiness table names, for each dimension, the topics of the questions that would score the rest.
    const notes = plan.readiness.dimensions.flatMap((d) => {
      const ids = d.unknown.flatMap((u) => u.questionIds);
      const topics = new Set(ids.map((id) => plan.answerSheet.find((a) => a.questionId === id)?.topic ?? id));
      return topics.size === 0 ? [] : [`Not yet scored: ${[...topics].join('; ')}.`];
    });
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(bodyText(pdf), note).toContain(squash(note));
    expect(itemsOutsidePage(pdf)).toEqual([]);
  });

  it('is marked as a draft on its cover while required questions are unanswered, and a complete plan is not', async () => {
    const plan = partialPlan();
    const missing = missingQuestions(plan).length;
    expect(missing).toBeGreaterThan(0);
    const cover = (await readPdf(await renderPlan(plan))).pages[0]?.text ?? '';
    expect(squash(cover)).toContain(squash('Customer segmentation plan'));
    expect(squash(cover)).toContain(
      squash(`DRAFT: ${missing} required questions unanswered. Not a plan to act on yet.`),
    );
    const full = (await readPdf(await renderPlan(fullPlan()))).pages[0]?.text ?? '';
    expect(squash(full)).toContain(squash('Customer segmentation plan'));
    expect(squash(full)).not.toContain('DRAFT');
  });

  it('still renders when nothing is answered: no score, no risks, every question open', async () => {
    const content = realContent();
    const plan = buildPlan(content, { ...answersDocument(content), answers: {} });
    expect(plan.readiness.score).toBeNull();
    const pdf = await readPdf(await renderPlan(plan));
    expect(pdf.pages.length).toBeGreaterThan(10);
    expect(pagesWith(pdf, 'Not scored yet')).toContain(3);
    expect(pagesWith(pdf, 'Not answered').length).toBeGreaterThan(0);
    expect(itemsOutsidePage(pdf)).toEqual([]);
  });
});
