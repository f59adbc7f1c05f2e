import { z } from 'zod';
import { score100 } from './shared.ts';

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
    questionId: z.string(),
    sectionId: z.string(),
    sectionTitle: z.string(),
    prompt: z.string(),
    topic: z.string(),
    /** `invalid`: answered, but the answer cannot be used (e.g. a start date that is not a date). */
    status: z.enum(['unanswered', 'dontKnow', 'invalid']),
    required: z.boolean(),
    /** The plan parts whose rules read this question. */
    usedBy: z.array(z.enum(PLAN_PARTS)),
    /** What the plan assumed instead, when it had to assume something. */
    assumption: z.string().nullable(),
  })
  .strict();
export type OpenQuestion = z.output<typeof openQuestionSchema>;

export const confidenceSchema = z
  .object({
    /** Share of the plan's inputs that are answered, weighted by how many rules read each question. */
    score: score100,
    level: z.enum(['low', 'medium', 'high']),
    /** One sentence stating the basis of the score. */
    statement: z.string(),
    questionsUsed: z.number().int().min(0),
    answered: z.number().int().min(0),
    dontKnow: z.number().int().min(0),
    unanswered: z.number().int().min(0),
  })
  .strict();
export type Confidence = z.output<typeof confidenceSchema>;

/** An answer or note that could not be used, kept aside with the reason rather than dropped. */
export const setAsideEntrySchema = z
  .object({
    part: z.enum(['answer', 'note']),
    /** The key as written in the file. */
    key: z.string(),
    /** The value as JSON, cut to 200 characters. */
    value: z.string(),
    reason: z.string(),
  })
  .strict();
export type SetAsideEntry = z.output<typeof setAsideEntrySchema>;
