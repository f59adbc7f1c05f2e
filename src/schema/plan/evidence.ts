import { z } from 'zod';
import { answerValueSchema } from '../answers.ts';

/** How a question stands in these answers. `hidden`: answered, but its visibility condition is false. */
export const answerStatusSchema = z.enum(['answered', 'dontKnow', 'unanswered', 'hidden']);
export type AnswerStatus = z.output<typeof answerStatusSchema>;

/** One answer quoted as evidence: enough to show it, quote it in the PDF and link back to edit it. */
export const evidenceSchema = z
  .object({
    questionId: z.string(),
    /** The section (questionnaire step) holding the question, for an "edit this answer" link. */
    sectionId: z.string(),
    /** Short noun phrase naming what the question is about. */
    topic: z.string(),
    prompt: z.string(),
    status: answerStatusSchema,
    /** The answer as recorded; null when unanswered. */
    answer: z.nullable(answerValueSchema),
    /** The answer as the respondent saw it: option labels, "250 reps", "4 of 5", the text, or "Don't know". */
    answerLabels: z.array(z.string()),
  })
  .strict();
export type Evidence = z.output<typeof evidenceSchema>;

/** Why part of the plan is what it is: a content rule that matched and the answers that made it match. */
export const reasonSchema = z
  .object({
    /** The rule (or readiness item) that matched. */
    ruleId: z.string(),
    /** The rule's plain-language reason. */
    because: z.string(),
    /** The answers its condition tested; empty for a rule that always applies. */
    evidence: z.array(evidenceSchema),
  })
  .strict();
export type Reason = z.output<typeof reasonSchema>;
