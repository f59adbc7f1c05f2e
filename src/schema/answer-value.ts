import { z } from 'zod';

/** The explicit "don't know" answer. It counts as answered for progress, but as unknown for scoring. */
export const dontKnowSchema = z
  .object({ dontKnow: z.literal(true) })
  .strict()
  .describe('The respondent said they do not know');
export { DONT_KNOW, type DontKnow, isDontKnow } from './dont-know.ts';

/**
 * One answer. Its shape follows the question type: an option id (single), option ids (multiple),
 * a number (scale and number), or text (short and long text).
 */
export const answerValueSchema = z.union([
  z.string().max(20_000),
  z.array(z.string().max(200)).max(100),
  z.number(),
  dontKnowSchema,
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
