import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../../src/content-model/load-from-disk.ts';
import { answerAlternatives } from '../../../src/engine/answer-alternatives.ts';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { prepareContent } from '../../../src/engine/prepare.ts';
import { quickResult } from '../../../src/engine/quick-check.ts';
import { thresholdsFor } from '../../../src/engine/question-usage.ts';
import type { AnswerValue } from '../../../src/schema/answer-value.ts';
import type { LooseAnswersDocument } from '../../../src/schema/answers.ts';
import { quickCheckQuestionIds } from '../../../src/schema/quick-check.ts';
import { PROJECT_ROOT } from '../../support/content-fixtures.ts';
import { caseDocument, loadCases } from '../../support/expert-cases.ts';

/** The real content and its quick check, loaded as the command line loads them. */
function load() {
  const { bundle, files } = loadContentFromDisk(PROJECT_ROOT);
  if (bundle === undefined || files === undefined) throw new Error('the real content does not load');
  return { content: bundle, quick: files.quickCheck.data };
}
const { content, quick } = load();
const quickIds = quickCheckQuestionIds(quick);
const cases = loadCases();
const [first, second] = cases;
if (first === undefined || second === undefined) throw new Error('expectations.yaml lists no cases');

/** A case's answers as the quick check would have them: only its own questions, no notes. */
function quickOnly(document: LooseAnswersDocument): LooseAnswersDocument {
  return {
    ...document,
    answers: Object.fromEntries(Object.entries(document.answers).filter(([id]) => quickIds.includes(id))),
    notes: {},
  };
}

/** The plan with one more answer. */
const withAnswer = (document: LooseAnswersDocument, id: string, value: AnswerValue) =>
  buildPlan(content, { ...document, answers: { ...document.answers, [id]: value } });

/** Every answer worth trying for a question, as the engine would try them. */
function alternatives(document: LooseAnswersDocument, id: string): AnswerValue[] {
  const prepared = prepareContent(content);
  const entry = prepared.questionById.get(id);
  const answer = (qid: string): AnswerValue | undefined => document.answers[qid] as AnswerValue | undefined;
  return entry === undefined ? [] : answerAlternatives(entry, answer(id), thresholdsFor(prepared, id, answer));
}

describe('the quick result', () => {
  it.each(cases.map((c) => [c.id, c] as const))(
    '%s: the full assessment’s method is on the quick shortlist of three',
    (_id, c) => {
      const document = caseDocument(c);
      const full = buildPlan(content, document);
      const { result } = quickResult(content, quick, quickOnly(document));
      expect(result.shortlist).toHaveLength(3);
      expect(result.shortlist.map((m) => m.methodId)).toContain(full.method.recommended);
    },
  );

  it('is the same plan the engine builds from the same answers, with its confidence stated in numbers', () => {
    const document = quickOnly(caseDocument(second));
    const { plan, result } = quickResult(content, quick, document);
    expect(plan).toEqual(buildPlan(content, document));
    expect(result.asked).toBe(quickIds.length);
    expect(result.answered).toBe(quickIds.length);
    expect(result.statement).toContain(`${quickIds.length} of its ${quickIds.length} questions are answered`);
    expect(result.statement).toContain(`Confidence is ${plan.confidence.score} of 100 (${plan.confidence.level})`);
    expect(result.statement).toContain(
      `reads ${plan.confidence.questionsUsed} questions, and ${plan.confidence.unanswered + plan.confidence.dontKnow} of them are still open`,
    );
    expect(result.openCount).toBe(plan.openQuestions.length);
    expect(result.open.length).toBe(Math.min(quick.result.listed, plan.openQuestions.length));
    // Every quick-check question is answered, so what is left to ask belongs to the full assessment.
    for (const q of result.open) expect(quickIds).not.toContain(q.questionId);
  });

  it('counts only the quick-check questions shown, and a "don\'t know" as answered but still open', () => {
    const empty = quickResult(content, quick, { ...quickOnly(caseDocument(first)), answers: {} }).result;
    // "Signs" follows only an existing segmentation, so with nothing answered one question fewer is shown.
    expect(empty.asked).toBe(quickIds.length - 1);
    expect(empty.answered).toBe(0);
    const unsure = quickOnly(caseDocument(first));
    const { plan, result } = quickResult(content, quick, {
      ...unsure,
      answers: { ...unsure.answers, 'readiness.potential': { dontKnow: true } },
    });
    expect(result.answered).toBe(result.asked);
    expect(plan.openQuestions.map((q) => q.questionId)).toContain('readiness.potential');
  });

  it('lists first the questions whose answer could change the plan, and each claim holds when tried', () => {
    const claimed = { method: 0, risk: 0 };
    for (const c of cases) {
      const document = quickOnly(caseDocument(c));
      const { plan, result } = quickResult(content, quick, document);
      const changing = result.open.map((q) => q.changes);
      // Questions that could change the method or raise a risk come before those that only firm it up.
      expect(changing.indexOf(false) === -1 || !changing.slice(changing.indexOf(false)).includes(true), c.id).toBe(
        true,
      );
      for (const q of result.open) {
        expect(q.effects.length, `${c.id} ${q.questionId}`).toBeGreaterThan(0);
        const plans = alternatives(document, q.questionId).map((to) => withAnswer(document, q.questionId, to));
        for (const effect of q.effects) {
          const method = /could put (.+) first\.$/.exec(effect)?.[1];
          if (method !== undefined) claimed.method += 1;
          if (method !== undefined)
            expect(
              plans.some((p) => p.method.ranking.find((m) => m.methodId === p.method.recommended)?.title === method),
              `${c.id}: ${effect}`,
            ).toBe(true);
          const risk = /could raise the high risk "(.+)"\.$/.exec(effect)?.[1];
          if (risk !== undefined) {
            claimed.risk += 1;
            expect(plan.mistakeFindings.find((f) => f.title === risk)?.risk, `${c.id}: ${effect}`).not.toBe('high');
            expect(
              plans.some((p) => p.mistakeFindings.find((f) => f.title === risk)?.risk === 'high'),
              `${c.id}: ${effect}`,
            ).toBe(true);
          }
        }
      }
    }
    // Both kinds of claim occur over the twelve cases, so both checks above are exercised.
    expect(claimed.method).toBeGreaterThan(0);
    expect(claimed.risk).toBeGreaterThan(0);
  });
});
