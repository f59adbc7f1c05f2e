import { z } from 'zod';
import { answerValueSchema } from '../answers.ts';
import { answerStatusSchema } from './evidence.ts';

/** Every question in flow order with its answer and note, for appendices and exports. */
export const answerSheetEntrySchema = z
  .object({
    questionId: z.string(),
    sectionId: z.string(),
    sectionTitle: z.string(),
    prompt: z.string(),
    topic: z.string(),
    status: answerStatusSchema,
    answer: z.nullable(answerValueSchema),
    answerLabels: z.array(z.string()),
    note: z.string().nullable(),
  })
  .strict();
export type AnswerSheetEntry = z.output<typeof answerSheetEntrySchema>;
