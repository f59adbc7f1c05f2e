import { z } from 'zod';
import { answerValueSchema } from '../answers.ts';
import { promptField, questionIdField, sectionIdField, topicField } from './shared.ts';

/** How a question stands in these answers. `hidden`: answered, but its visibility condition is false. */
export const answerStatusSchema = z
  .enum(['answered', 'dontKnow', 'unanswered', 'hidden'])
  .describe(
    'How the question stands in these answers: `answered`; `dontKnow` (the respondent chose "Don\'t know"); `unanswered` (no usable answer, blank text or no option chosen); `hidden` (its visibility condition is false for these answers, so it does not apply, even if an answer is recorded)',
  );
export type AnswerStatus = z.output<typeof answerStatusSchema>;

/** One answer quoted as evidence: enough to show it, quote it in the PDF and link back to edit it. */
export const evidenceSchema = z
  .object({
    questionId: questionIdField,
    /** The section (questionnaire step) holding the question, for an "edit this answer" link. */
    sectionId: sectionIdField,
    /** Short noun phrase naming what the question is about. */
    topic: topicField,
    prompt: promptField,
    status: answerStatusSchema,
    /** The answer as recorded; null when unanswered. */
    answer: z.nullable(answerValueSchema).register(z.globalRegistry, {
      description:
        'The answer as recorded in the answers document: an option id (single choice), option ids (multiple choice), a number (scale or number), text, or `{ "dontKnow": true }`; null when no usable answer was given. Kept even when the question is hidden',
    }),
    /** The answer as the respondent saw it: option labels, "250 reps", "4 of 5", the text, or "Don't know". */
    answerLabels: z.array(z.string()).register(z.globalRegistry, {
      description:
        'The answer as the respondent saw it: option labels, "250 reps", "4 of 5", the text, or "Don\'t know"; empty when there is no answer or the text is blank',
    }),
  })
  .strict()
  .register(z.globalRegistry, {
    description: 'One answer quoted as evidence: the question, how it stands, and the answer',
  });
export type Evidence = z.output<typeof evidenceSchema>;

/** Why part of the plan is what it is: a content rule that matched and the answers that made it match. */
export const reasonSchema = z
  .object({
    /** The rule (or readiness item) that matched. */
    ruleId: z
      .string()
      .describe('The id of the content rule (or readiness item) that matched; unique across all rule files'),
    /** The rule's plain-language reason. */
    because: z.string().describe("The rule's reason, one plain sentence as the plan shows it"),
    /** The answers its condition tested; empty for a rule that always applies. */
    evidence: z.array(evidenceSchema).register(z.globalRegistry, {
      description: "The answers the rule's condition tested; empty for a rule that always applies",
    }),
  })
  .strict()
  .register(z.globalRegistry, {
    description: 'Why part of the plan is what it is: a content rule that matched and the answers that made it match',
  });
export type Reason = z.output<typeof reasonSchema>;
