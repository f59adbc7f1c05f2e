import { z } from 'zod';
import { isoDateSchema } from '../answers.ts';
import { articleRefSchema } from '../ids.ts';
import { reasonSchema } from './evidence.ts';

/** One rollout phase with its dates. */
export const rolloutPhasePlanSchema = z
  .object({
    phaseId: z.string(),
    title: z.string(),
    order: z.number().int().positive(),
    included: z.boolean(),
    /** First day, ISO; null when the phase is skipped. */
    start: z.nullable(isoDateSchema),
    /** Last day (inclusive), ISO; null when the phase is skipped. */
    end: z.nullable(isoDateSchema),
    /** Planned weeks; 0 when skipped. */
    weeks: z.number().int().min(0),
    typicalWeeks: z.number().int().positive(),
    /** Rules that lengthened or shortened it. */
    adjustments: z.array(reasonSchema.extend({ addWeeks: z.number().int() }).strict()),
    /** Rules that removed it; empty when included. */
    skippedBecause: z.array(reasonSchema),
    owner: z.string(),
    audiences: z.array(z.string()),
    messages: z.array(z.string()),
    materials: z.array(z.string()),
    activities: z.array(z.string()),
    deliverables: z.array(z.string()),
    exitCriteria: z.array(z.string()),
    article: articleRefSchema,
  })
  .strict();
export type RolloutPhasePlan = z.output<typeof rolloutPhasePlanSchema>;

export const rolloutPlanSchema = z
  .object({
    /** The first day of the first phase. */
    start: isoDateSchema,
    /** `answer`: the planned start date; `document-date`: the answers' date, because no valid start date was given. */
    startSource: z.enum(['answer', 'document-date']),
    /** The last day of the last included phase. */
    end: isoDateSchema,
    totalWeeks: z.number().int().min(0),
    /** Every phase in order; skipped phases are kept with `included: false`. */
    phases: z.array(rolloutPhasePlanSchema),
  })
  .strict();
export type RolloutPlan = z.output<typeof rolloutPlanSchema>;
