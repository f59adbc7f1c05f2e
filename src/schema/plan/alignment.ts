import { z } from 'zod';

/** Someone who answered for a workshop. */
export const participantSchema = z
  .object({
    /** The respondent's name as given in the answers; may be empty. */
    name: z.string(),
    /** The respondent's role, e.g. "Sales VP"; may be empty. */
    role: z.string(),
  })
  .strict();

/** A question the team answered in clearly different ways. */
export const alignmentFindingSchema = z
  .object({
    questionId: z.string(),
    sectionId: z.string(),
    /** Short noun phrase naming what the question is about. */
    topic: z.string(),
    /** How far apart the answers are, 0 (all the same) to 1 (as far apart as they can be). */
    disagreement: z.number().min(0).max(1),
    level: z.enum(['medium', 'high']),
    /** The roles whose own majority (or median) answers differ; empty when every role's majority is the same. */
    roles: z.array(z.string()),
    /** How many respondents answered it. */
    answered: z.number().int().min(0),
    /** How many different answers they gave. */
    distinctAnswers: z.number().int().min(0),
    /** The finding in one sentence, e.g. "No shared view of the segmentation's goal between Sales VP and Marketing". */
    sentence: z.string(),
  })
  .strict();
export type AlignmentFinding = z.output<typeof alignmentFindingSchema>;

/** The answer the team plan uses for one question, where the facilitator changed it or added a note. */
export const decisionSchema = z
  .object({
    questionId: z.string(),
    topic: z.string(),
    prompt: z.string(),
    /** How far apart the answers were (0..1); null when fewer than two people answered. */
    disagreement: z.number().min(0).max(1).nullable(),
    /** The default agreed answer (the majority, or the median), as labels. */
    defaultLabels: z.array(z.string()),
    /** The answer the team plan uses, as labels. */
    agreedLabels: z.array(z.string()),
    /** True when the facilitator chose an answer other than the default. */
    overridden: z.boolean(),
    /** The facilitator's discussion note, or null. */
    note: z.string().nullable(),
  })
  .strict();
export type Decision = z.output<typeof decisionSchema>;

/** What a workshop adds to a team plan: who took part, where they disagreed, and what they decided. */
export const alignmentSchema = z
  .object({
    participants: z.array(participantSchema),
    /** The most disputed questions, most disputed first. */
    findings: z.array(alignmentFindingSchema),
    /** One per question the team view covers, in flow order. */
    decisions: z.array(decisionSchema),
  })
  .strict();
export type Alignment = z.output<typeof alignmentSchema>;
