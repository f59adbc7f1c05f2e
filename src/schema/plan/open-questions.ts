import { z } from 'zod';
import { evidenceSchema } from './evidence.ts';
import { promptField, questionIdField, score100, sectionIdField, sectionTitleField, topicField } from './shared.ts';

/** Plan parts a question can feed. */
export const PLAN_PARTS = [
  'visibility',
  'readiness',
  'mistakes',
  'method',
  'design',
  'segment-count',
  'systems',
  'rollout',
  'cadence',
  'warning-signs',
] as const;

/** A question the plan would use but has no usable answer for. */
export const openQuestionSchema = z
  .object({
    questionId: questionIdField,
    sectionId: sectionIdField,
    sectionTitle: sectionTitleField,
    prompt: promptField,
    topic: topicField,
    /**
     * `invalid`: answered, but the answer cannot be used (e.g. a start date that is not a date, or a
     * count outside the question's range); `conflict`: answered, but it contradicts another answer.
     */
    status: z
      .enum(['unanswered', 'dontKnow', 'invalid', 'conflict'])
      .describe(
        '`unanswered`; `dontKnow` (the respondent chose "Don\'t know"); `invalid`: answered, but the answer cannot be used (e.g. a start date that is not a date, or a count outside the question\'s range); `conflict`: answered, but it contradicts another answer (e.g. more groups than units), so one of them needs a second look',
      ),
    required: z.boolean().describe('True when the questionnaire requires an answer to the question'),
    /** The plan parts whose rules read this question. */
    usedBy: z.array(z.enum(PLAN_PARTS)).register(z.globalRegistry, {
      description:
        'The plan parts whose rules read the question (`visibility`: it decides whether other questions are shown); empty for a required question no rule reads',
    }),
    /** Why the answer given cannot be used (`invalid`) or what it contradicts (`conflict`); null otherwise. */
    problem: z.string().nullable().register(z.globalRegistry, {
      description:
        'For `invalid`, why the answer given cannot be used; for `conflict`, the contradiction in one sentence (e.g. "every group holds at least one unit"); null otherwise',
    }),
    /** The answers in contradiction, quoted, for `conflict`; empty otherwise. */
    evidence: z.array(evidenceSchema).register(z.globalRegistry, {
      description: 'For `conflict`, the answers that contradict each other, quoted as evidence; empty otherwise',
    }),
    /** What the plan assumed instead, when it had to assume something. */
    assumption: z.string().nullable().register(z.globalRegistry, {
      description: 'What the plan assumed instead, e.g. the rollout start date; null when it assumed nothing',
    }),
  })
  .strict();
export type OpenQuestion = z.output<typeof openQuestionSchema>;

export const confidenceSchema = z
  .object({
    /** Share of the plan's inputs that are answered, weighted by how many rules read each question. */
    score: score100.describe(
      "How far the plan can be trusted, 0 to 100: the share of the plan's inputs that are answered, each shown question weighted by how many rules read it; 100 when the plan reads none",
    ),
    level: z.enum(['low', 'medium', 'high']).describe('`high` from a score of 80, `medium` from 50, else `low`'),
    /** One sentence stating the basis of the score. */
    statement: z
      .string()
      .describe('One sentence stating the score and its basis, e.g. how many questions are unanswered'),
    questionsUsed: z
      .number()
      .int()
      .min(0)
      .describe("Shown questions the plan's rules read; hidden ones and ones no rule reads are not counted"),
    answered: z.number().int().min(0).describe('Of questionsUsed, how many are answered'),
    dontKnow: z.number().int().min(0).describe('Of questionsUsed, how many are answered "Don\'t know"'),
    unanswered: z
      .number()
      .int()
      .min(0)
      .describe(
        'Of questionsUsed, how many have no usable answer; answered, dontKnow and unanswered add up to questionsUsed',
      ),
  })
  .strict()
  .register(z.globalRegistry, {
    description: 'How far the plan can be trusted, from how many of the questions it reads are answered',
  });
export type Confidence = z.output<typeof confidenceSchema>;

/** An answer or note that could not be used, kept aside with the reason rather than dropped. */
export const setAsideEntrySchema = z
  .object({
    part: z
      .enum(['answer', 'note'])
      .describe('Where it was in the answers document: `answer` for an entry of `answers`, `note` for one of `notes`'),
    /** The key as written in the file. */
    key: z.string().describe('The key as written in the file, normally a question id'),
    /** The value as JSON, cut to 200 characters. */
    value: z.string().describe('The value as JSON text, cut to 200 characters (ending in "...") when longer'),
    reason: z.string().describe('Why it could not be used, e.g. "no question has this id in the current content"'),
  })
  .strict();
export type SetAsideEntry = z.output<typeof setAsideEntrySchema>;
