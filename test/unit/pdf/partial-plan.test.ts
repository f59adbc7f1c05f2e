import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { answersDocument, partialPlan, realContent } from './support/plans.ts';
import { itemsOutsidePage, pagesWith, readPdf, renderPlan } from '../../support/read-pdf.ts';

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
    // The readiness table names the topics of the questions that would score the rest.
    const waiting = plan.readiness.dimensions.flatMap((d) => d.unknown.flatMap((u) => u.questionIds));
    expect(waiting.length).toBeGreaterThan(0);
    const topics = new Set(waiting.map((id) => plan.answerSheet.find((a) => a.questionId === id)?.topic ?? id));
    for (const topic of topics)
      expect(
        pagesWith(pdf, `Not yet scored:`).some((n) => pagesWith(pdf, topic).includes(n)),
        topic,
      ).toBe(true);
    expect(itemsOutsidePage(pdf)).toEqual([]);
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
