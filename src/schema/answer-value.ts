// One answer, without zod at run time, so browser code can use it without loading a schema
// library. Its schema is `answerValueSchema` in `answers.ts`.
import type * as z from 'zod/mini';
import type { answerValueSchema } from './answers.ts';

export { DONT_KNOW, type DontKnow, isDontKnow } from './dont-know.ts';

/**
 * One answer. Its shape follows the question type: an option id (single), option ids (multiple),
 * a number (scale and number), or text (short and long text).
 */
export type AnswerValue = z.output<typeof answerValueSchema>;
