import { z } from 'zod';
import { reasonSchema } from './evidence.ts';
import { score100 } from './shared.ts';

/** A level label from the readiness model. */
export const levelLabelSchema = z
  .object({
    label: z.string().describe('The level\'s name, e.g. "Partly ready"'),
    meaning: z.string().describe('What the level means for the team, in a sentence or two'),
  })
  .strict()
  .register(z.globalRegistry, {
    description:
      'A level from the readiness model: the label of the highest level whose minimum score the score reaches',
  });

/** One scored readiness item: a prerequisite scored 0..1 by the first step that held. */
export const readinessItemSchema = reasonSchema
  .extend({
    score: z
      .number()
      .min(0)
      .max(1)
      .describe('How far the prerequisite is met, 0 (not at all) to 1 (fully), as the first step that held sets it'),
    weight: z.number().positive().describe("The item's weight within its dimension, above 0"),
  })
  .strict()
  .register(z.globalRegistry, {
    description: 'A scored readiness item: ruleId names the item, because the step that scored it',
  });
export type ReadinessItem = z.output<typeof readinessItemSchema>;

/** A readiness item no step could score: its questions are unanswered, hidden or "don't know". */
export const unknownItemSchema = z
  .object({
    ruleId: z.string().describe("The readiness item's id"),
    /** The shown questions whose answers would let it be scored; empty when they are all hidden (the item does not apply). */
    questionIds: z.array(z.string()).register(z.globalRegistry, {
      description:
        'The shown questions whose answers would let it be scored; empty when they are all hidden, in which case the item does not apply',
    }),
  })
  .strict();

/** One readiness dimension. */
export const dimensionScoreSchema = z
  .object({
    id: z.string().describe('The dimension\'s id in the readiness model, e.g. "objective"'),
    title: z.string().describe("The dimension's title"),
    description: z.string().describe('What the dimension covers, in a sentence'),
    weight: z.number().positive().describe("The dimension's weight in the overall readiness score, above 0"),
    /** 0..100, or null when no item of the dimension could be scored. */
    score: score100.nullable().register(z.globalRegistry, {
      description:
        "The weighted mean of the dimension's scored items times 100, rounded, 0 to 100; null when no item could be scored",
    }),
    level: levelLabelSchema
      .nullable()
      .register(z.globalRegistry, { description: "The level for the dimension's score; null when score is null" }),
    /** Items scoring `raisesFrom` (see the readiness part) or more, best first. */
    raised: z.array(readinessItemSchema).register(z.globalRegistry, {
      description: "Scored items at or above the readiness part's raisesFrom, highest score first: the strengths",
    }),
    /** Items scoring under `raisesFrom`, worst first. */
    lowered: z.array(readinessItemSchema).register(z.globalRegistry, {
      description: "Scored items below the readiness part's raisesFrom, lowest score first: the gaps",
    }),
    unknown: z.array(unknownItemSchema).register(z.globalRegistry, {
      description:
        'Items no step could score because their questions are unanswered, hidden or "don\'t know"; they lower the plan\'s confidence, not the score',
    }),
  })
  .strict();
export type DimensionScore = z.output<typeof dimensionScoreSchema>;

export const readinessSchema = z
  .object({
    /** Weighted mean of the known dimension scores; null when none is known. */
    score: score100.nullable().register(z.globalRegistry, {
      description:
        'Overall readiness, 0 to 100: the mean of the scored dimensions weighted by their weight, rounded; null when no dimension could be scored',
    }),
    level: levelLabelSchema
      .nullable()
      .register(z.globalRegistry, { description: 'The level for the overall score; null when score is null' }),
    /**
     * The level as a verdict: "Ready" when every check that applies is scored, else
     * "Ready (based on 3 of 24 checks)", so a score resting on few answers is not read as final.
     */
    verdict: z
      .string()
      .describe(
        'The level as a verdict: the label alone (e.g. "Ready") when every check that applies is scored, else with its basis, e.g. "Ready (based on 3 of 24 checks)"; "Not scored yet" in place of the label when there is no level',
      ),
    /** How many readiness checks the answers settle, out of those that apply to them. */
    basis: z
      .object({
        /** Checks scored from the answers. */
        answered: z.number().int().min(0).describe('Readiness checks (items) scored from the answers'),
        /** Checks that apply: scored ones plus those waiting for an answer (not those hidden by other answers). */
        applicable: z
          .number()
          .int()
          .min(0)
          .describe(
            'Checks that apply: the scored ones plus those waiting for an answer, not those whose questions are all hidden',
          ),
      })
      .strict()
      .register(z.globalRegistry, {
        description: 'How many readiness checks the answers settle, out of those that apply to them',
      }),
    /** An item scoring at least this (0..1) is listed as raising its dimension; below it, as lowering it. */
    raisesFrom: z
      .number()
      .min(0)
      .max(1)
      .describe(
        "The item score (0..1) from which an item is listed in its dimension's raised, rather than lowered, items",
      ),
    dimensions: z
      .array(dimensionScoreSchema)
      .register(z.globalRegistry, { description: "Every dimension of the readiness model, in the model's order" }),
  })
  .strict()
  .register(z.globalRegistry, {
    description:
      "Whether the organisation is ready to segment: an overall score and one per dimension, with each item's reason",
  });
export type Readiness = z.output<typeof readinessSchema>;
