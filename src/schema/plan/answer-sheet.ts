import { z } from 'zod';
import { answerValueSchema } from '../answers.ts';
import { answerStatusSchema } from './evidence.ts';
import { promptField, questionIdField, sectionIdField, sectionTitleField, topicField } from './shared.ts';

/** Every question in flow order with its answer and note, for appendices and exports. */
export const answerSheetEntrySchema = z
  .object({
    questionId: questionIdField,
    sectionId: sectionIdField,
    sectionTitle: sectionTitleField,
    prompt: promptField,
    topic: topicField,
    status: answerStatusSchema,
    answer: z.nullable(answerValueSchema).register(z.globalRegistry, {
      description:
        'The answer as recorded in the answers document: an option id, option ids, a number, text, or `{ "dontKnow": true }`; null when no usable answer was given',
    }),
    answerLabels: z.array(z.string()).register(z.globalRegistry, {
      description: 'The answer as the respondent saw it, e.g. option labels or "250 reps"; empty when there is none',
    }),
    note: z
      .string()
      .nullable()
      .register(z.globalRegistry, { description: "The respondent's note on the question; null when there is none" }),
  })
  .strict();
export type AnswerSheetEntry = z.output<typeof answerSheetEntrySchema>;
