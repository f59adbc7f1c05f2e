import { z } from 'zod';
import { articleRefSchema, sourceIdSchema } from '../ids.ts';
import { reasonSchema } from './evidence.ts';

/** A warning sign and whether the answers show it now. */
export const warningSignStatusSchema = z
  .object({
    signId: z.string(),
    title: z.string(),
    review: z.enum(['design', 'membership', 'both']),
    /** The question to ask at every review. */
    checkQuestion: z.string(),
    active: z.boolean(),
    reasons: z.array(reasonSchema),
    article: articleRefSchema,
    /** The sources its guide article cites, by id (`S5`); printed beside it as citations. */
    sources: z.array(sourceIdSchema),
  })
  .strict();
export type WarningSignStatus = z.output<typeof warningSignStatusSchema>;

/** One review interval and why. */
export const intervalSchema = z
  .object({
    months: z.number().int().positive(),
    /**
     * `rule` when a cadence rule that reads the answers set it; `default` when only an always-true
     * rule (its reason given) or, with no rule at all, the built-in default did.
     */
    source: z.enum(['rule', 'default']),
    reasons: z.array(reasonSchema),
  })
  .strict();

export const reviewCadenceSchema = z
  .object({
    design: intervalSchema,
    membership: intervalSchema,
    owner: z.string(),
    ownerSource: z.enum(['answer', 'default']),
    /** Every warning sign, active ones first: the checklist for each review. */
    triggers: z.array(warningSignStatusSchema),
  })
  .strict();
export type ReviewCadence = z.output<typeof reviewCadenceSchema>;
