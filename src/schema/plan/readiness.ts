import { z } from 'zod';
import { reasonSchema } from './evidence.ts';
import { score100 } from './shared.ts';

/** A level label from the readiness model. */
export const levelLabelSchema = z.object({ label: z.string(), meaning: z.string() }).strict();

/** One scored readiness item: a prerequisite scored 0..1 by the first step that held. */
export const readinessItemSchema = reasonSchema
  .extend({ score: z.number().min(0).max(1), weight: z.number().positive() })
  .strict();
export type ReadinessItem = z.output<typeof readinessItemSchema>;

/** A readiness item no step could score: its questions are unanswered, hidden or "don't know". */
export const unknownItemSchema = z
  .object({
    ruleId: z.string(),
    /** The shown questions whose answers would let it be scored; empty when they are all hidden (the item does not apply). */
    questionIds: z.array(z.string()),
  })
  .strict();

/** One readiness dimension. */
export const dimensionScoreSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    weight: z.number().positive(),
    /** 0..100, or null when no item of the dimension could be scored. */
    score: score100.nullable(),
    level: levelLabelSchema.nullable(),
    /** Items scoring `raisesFrom` (see the readiness part) or more, best first. */
    raised: z.array(readinessItemSchema),
    /** Items scoring under `raisesFrom`, worst first. */
    lowered: z.array(readinessItemSchema),
    unknown: z.array(unknownItemSchema),
  })
  .strict();
export type DimensionScore = z.output<typeof dimensionScoreSchema>;

export const readinessSchema = z
  .object({
    /** Weighted mean of the known dimension scores; null when none is known. */
    score: score100.nullable(),
    level: levelLabelSchema.nullable(),
    /**
     * The level as a verdict: "Ready" when every check that applies is scored, else
     * "Ready (based on 3 of 24 checks)", so a score resting on few answers is not read as final.
     */
    verdict: z.string(),
    /** How many readiness checks the answers settle, out of those that apply to them. */
    basis: z
      .object({
        /** Checks scored from the answers. */
        answered: z.number().int().min(0),
        /** Checks that apply: scored ones plus those waiting for an answer (not those hidden by other answers). */
        applicable: z.number().int().min(0),
      })
      .strict(),
    /** An item scoring at least this (0..1) is listed as raising its dimension; below it, as lowering it. */
    raisesFrom: z.number().min(0).max(1),
    dimensions: z.array(dimensionScoreSchema),
  })
  .strict();
export type Readiness = z.output<typeof readinessSchema>;
