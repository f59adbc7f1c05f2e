// One answer, without zod at run time, so browser code can use it without loading a schema
// library. Its schema is `answerValueSchema` in `answers.ts`.
import type * as z from 'zod/mini';
import type { answerValueSchema } from './answers.ts';
import { isDontKnow } from './dont-know.ts';

export { DONT_KNOW, type DontKnow, isDontKnow } from './dont-know.ts';

/**
 * One answer. Its shape follows the question type: an option id (single), option ids (multiple),
 * a number (scale and number), or text (short and long text).
 */
export type AnswerValue = z.output<typeof answerValueSchema>;

/**
 * Whether an answer is given: present, not "don't know", and neither blank text nor an empty
 * list. The condition operators, a plan's answer status and the team view all read answers
 * this way, so a blank answer never counts in one place and not in another.
 */
export function isGivenAnswer(value: AnswerValue | null | undefined): boolean {
  if (value === undefined || value === null || isDontKnow(value)) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
