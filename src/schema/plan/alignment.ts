import { z } from 'zod';
import { promptField, questionIdField, sectionIdField, topicField } from './shared.ts';

/** Someone who answered for a workshop. */
export const participantSchema = z
  .object({
    /** The respondent's name as given in the answers; may be empty. */
    name: z.string().describe("The respondent's name as given in the answers; may be empty"),
    /** The respondent's role, e.g. "Sales VP"; may be empty. */
    role: z.string().describe('The respondent\'s role, e.g. "Sales VP"; may be empty'),
  })
  .strict();

/** A question the team answered in clearly different ways. */
export const alignmentFindingSchema = z
  .object({
    questionId: questionIdField,
    sectionId: sectionIdField,
    /** Short noun phrase naming what the question is about. */
    topic: topicField,
    /** How far apart the answers are, 0 (all the same) to 1 (as far apart as they can be). */
    disagreement: z
      .number()
      .min(0)
      .max(1)
      .describe(
        'How far apart the answers are, 0 (all the same) to 1 (as far apart as they can be for that many people); a finding has at least 0.5',
      ),
    level: z.enum(['medium', 'high']).describe('`high` from a disagreement of 0.75, else `medium`'),
    /** The roles whose own majority (or median) answers differ; empty when every role's majority is the same. */
    roles: z.array(z.string()).register(z.globalRegistry, {
      description:
        "The roles whose own majority (or median) answers differ; empty when every role's majority is the same or only one role answered",
    }),
    /** How many respondents answered it. */
    answered: z.number().int().min(0).describe('How many respondents answered the question'),
    /** How many different answers they gave. */
    distinctAnswers: z.number().int().min(0).describe('How many different answers they gave'),
    /** The finding in one sentence, e.g. "No shared view of the segmentation's goal between Sales VP and Marketing". */
    sentence: z
      .string()
      .describe(
        'The finding in one sentence, e.g. "No shared view of the segmentation\'s goal between Sales VP and Marketing"',
      ),
  })
  .strict();
export type AlignmentFinding = z.output<typeof alignmentFindingSchema>;

/** The answer the team plan uses for one question, where the facilitator changed it or added a note. */
export const decisionSchema = z
  .object({
    questionId: questionIdField,
    topic: topicField,
    prompt: promptField,
    /** How far apart the answers were (0..1); null when fewer than two people answered. */
    disagreement: z.number().min(0).max(1).nullable().register(z.globalRegistry, {
      description:
        'How far apart the answers were, 0 to 1 (see alignment findings); null when fewer than two people answered or the question takes text',
    }),
    /** The default agreed answer (the majority, or the median), as labels. */
    defaultLabels: z.array(z.string()).register(z.globalRegistry, {
      description: 'The default agreed answer (the majority, or the median), as labels; empty when there is none',
    }),
    /** The answer the team plan uses, as labels. */
    agreedLabels: z.array(z.string()).register(z.globalRegistry, {
      description: 'The answer the team plan uses, as labels; the default unless the facilitator chose another',
    }),
    /** True when the facilitator chose an answer other than the default. */
    overridden: z
      .boolean()
      .describe(
        'True when the facilitator chose an answer other than the default; the same options in another order do not count',
      ),
    /** False while the team answered differently and the facilitator has neither confirmed nor changed the default. */
    settled: z
      .boolean()
      .describe(
        'False while the respondents gave different answers and the facilitator has neither confirmed the default nor chosen another answer ("not yet agreed"); true otherwise',
      ),
    /** The facilitator's discussion note, or null. */
    note: z
      .string()
      .nullable()
      .register(z.globalRegistry, { description: "The facilitator's discussion note; null when there is none" }),
  })
  .strict();
export type Decision = z.output<typeof decisionSchema>;

/** What a workshop adds to a team plan: who took part, where they disagreed, and what they decided. */
export const alignmentSchema = z
  .object({
    participants: z.array(participantSchema).register(z.globalRegistry, {
      description: 'The respondents whose answers the workshop gathered, with their roles',
    }),
    /** Expected participants with no response, kept apart from the respondents. */
    notAnswered: z.array(participantSchema).register(z.globalRegistry, {
      description:
        'Participants the facilitator expected who have not answered; they are not respondents and the plan does not count them as such',
    }),
    /** The most disputed questions, most disputed first. */
    findings: z.array(alignmentFindingSchema).register(z.globalRegistry, {
      description: 'The most disputed questions, most disputed first (ties in questionnaire order)',
    }),
    /** One per question the team view covers, in flow order. */
    decisions: z.array(decisionSchema).register(z.globalRegistry, {
      description:
        'One per question someone answered or the facilitator decided on, in questionnaire order, with the default and the agreed answer',
    }),
  })
  .strict();
export type Alignment = z.output<typeof alignmentSchema>;
