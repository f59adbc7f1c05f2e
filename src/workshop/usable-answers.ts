import { answerMisfit } from '../engine/answers/answer-fit.ts';
import type { PreparedContent } from '../engine/prepare.ts';
import { resolveVisibility } from '../engine/visibility.ts';
import { isDontKnow, isGivenAnswer, type AnswerValue } from '../schema/answer-value.ts';
import type { AnswersDocument } from '../schema/answers.ts';

/**
 * The answers of one document that the engine would read, by question id. As in the engine, a
 * value that does not fit its question, an answer to a question hidden by the respondent's own
 * earlier answers, blank text and an empty list all count as no answer, so the team view counts
 * exactly what each person's own plan would use.
 */
export function usableAnswers(prepared: PreparedContent, document: AnswersDocument): Map<string, AnswerValue> {
  const fitting = new Map<string, AnswerValue>();
  for (const { question } of prepared.questions) {
    const value = Object.hasOwn(document.answers, question.id) ? document.answers[question.id] : undefined;
    if (value === undefined || value === null || answerMisfit(question, value) !== null) continue;
    if (!isDontKnow(value) && !isGivenAnswer(value)) continue;
    fitting.set(question.id, value);
  }
  const { hidden } = resolveVisibility(prepared, fitting);
  for (const id of hidden) fitting.delete(id);
  return fitting;
}
