import { z } from 'zod';
import { conditionSchema } from './condition.ts';
import { DERIVED_NAMES } from './derived.ts';
import { FACTS } from './facts.ts';
import { questionIdSchema, slugSchema } from './ids.ts';

/** low < medium < high. Used for mistake severity, finding risk and system impact. */
export const LEVELS = ['low', 'medium', 'high'] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;

export { FACTS } from './facts.ts';
export const factSchema = z.enum(FACTS);
export type Fact = z.infer<typeof factSchema>;

const ruleBase = {
  /** Stable id, unique across all rule files. */
  id: slugSchema,
  /** When the rule applies. `{ all: [] }` always applies. */
  when: conditionSchema,
  /** One plain sentence a respondent would accept as the reason. Shown in the plan. */
  because: z.string().min(1),
};

/** One step of a readiness item: the first step whose condition holds sets the item's score. */
export const readinessStepSchema = z
  .object({ when: conditionSchema, score: z.number().min(0).max(1), because: z.string().min(1) })
  .strict();

/**
 * A readiness item: scores one prerequisite from 0 to 1 toward a dimension. Items whose
 * steps all fail (unanswered, hidden or "don't know") are unknown, not zero.
 */
export const readinessRuleSchema = z
  .object({
    kind: z.literal('readiness'),
    id: slugSchema,
    dimension: slugSchema,
    /** Relative weight within its dimension. */
    weight: z.number().positive().default(1),
    steps: z.array(readinessStepSchema).min(1),
  })
  .strict();

/** Evidence for a mistake. A finding's risk is the highest severity among its matched rules. */
export const mistakeRuleSchema = z
  .object({ kind: z.literal('mistake'), ...ruleBase, mistake: slugSchema, severity: levelSchema })
  .strict();

/**
 * Points that follow a number smoothly instead of jumping at a threshold: straight lines between
 * the points `[value, points]`, flat beyond the first and last. On a `log` scale the lines run
 * between the logarithms of the values, which suits counts from a handful to millions.
 */
export const gradedFitSchema = z
  .object({
    /** The number the points follow: a number question, or a derived number. */
    by: z.union([
      z.object({ question: questionIdSchema }).strict(),
      z.object({ derived: z.enum(DERIVED_NAMES) }).strict(),
    ]),
    scale: z.enum(['linear', 'log']).default('linear'),
    /** `[value, points]` pairs, values rising. */
    points: z
      .array(z.tuple([z.number(), z.number().min(-100).max(100)]))
      .min(2)
      .refine((list) => list.every((p, i) => i === 0 || p[0] > (list[i - 1]?.[0] ?? Number.NEGATIVE_INFINITY)), {
        message: 'the values must rise from one point to the next',
      }),
  })
  .strict();
export type GradedFit = z.output<typeof gradedFitSchema>;

/** Fit for or against a method (fixed, or graded along a number), or a hard blocker that rules it out. */
export const methodRuleSchema = z
  .object({
    kind: z.literal('method'),
    ...ruleBase,
    method: slugSchema,
    /** Points added to (or, if negative, taken from) the method's fit. */
    fit: z.number().min(-100).max(100).optional(),
    /** Points that follow a number, without a cliff at any one value. */
    graded: gradedFitSchema.optional(),
    /** A hard blocker: the method cannot be recommended while this holds. */
    blocker: z.boolean().optional(),
  })
  .strict()
  .refine((r) => [r.fit, r.graded, r.blocker].filter((v) => v !== undefined).length === 1, {
    message: 'a method rule needs exactly one of "fit", "graded" or "blocker"',
    path: ['fit'],
  });

/** A numeric fact: read from a number question, or set to a constant when a condition holds. */
export const factRuleSchema = z
  .object({
    kind: z.literal('fact'),
    id: slugSchema,
    fact: factSchema,
    /** Take the fact from this number question's answer. */
    question: questionIdSchema.optional(),
    /** Or set it to this value when `when` holds. */
    when: conditionSchema.optional(),
    value: z.number().optional(),
    because: z.string().min(1),
  })
  .strict()
  .refine((r) => (r.question !== undefined) !== (r.value !== undefined && r.when !== undefined), {
    message: 'a fact rule needs either "question", or both "when" and "value"',
    path: ['question'],
  });

/** Says a system is in use and how hard segmentation changes hit it. */
export const systemRuleSchema = z
  .object({ kind: z.literal('system'), ...ruleBase, system: slugSchema, impact: levelSchema })
  .strict();

/** Adjusts a rollout phase: skip it, keep it against a rule that would skip it, add (or take off) weeks, or cap its weeks. */
export const rolloutRuleSchema = z
  .object({
    kind: z.literal('rollout'),
    ...ruleBase,
    phase: slugSchema,
    skip: z.boolean().optional(),
    /** Keeps the phase although a matched `skip` rule would remove it, with this rule's reason. */
    keep: z.boolean().optional(),
    addWeeks: z.number().int().min(-52).max(52).optional(),
    /**
     * Caps the phase at this many weeks, after every `addWeeks` (e.g. a small team is briefed in a week
     * whatever the usual cascade takes); the plan shows the cap as the weeks it takes off.
     */
    maxWeeks: z.number().int().min(1).max(52).optional(),
  })
  .strict()
  .refine((r) => [r.skip, r.keep, r.addWeeks, r.maxWeeks].filter((v) => v !== undefined).length === 1, {
    message: 'a rollout rule needs exactly one of "skip", "keep", "addWeeks" or "maxWeeks"',
    path: ['skip'],
  });

/** Raises a warning sign that a review is due. */
export const warningRuleSchema = z.object({ kind: z.literal('warning'), ...ruleBase, sign: slugSchema }).strict();

/**
 * Review intervals. `stated`: the interval the answers plan (kept unless a bound moves it);
 * `default`: the practitioner default where nothing is planned; `atMost` and `atLeast`: bounds that
 * move a planned or default interval, each with the reason the plan gives for the move.
 */
export const cadenceRuleSchema = z
  .object({
    kind: z.literal('cadence'),
    ...ruleBase,
    role: z.enum(['stated', 'default', 'atMost', 'atLeast']).default('atMost'),
    designMonths: z.number().int().min(1).max(60).optional(),
    membershipMonths: z.number().int().min(1).max(24).optional(),
  })
  .strict();

/** The layers of a segment design that a rule can call for; the base layer is always there. */
export const ADDED_LAYERS = ['key-accounts', 'partners', 'overlay'] as const;

/**
 * Calls for a layer of the segment design beside the base: an overlay, a key-account layer or a
 * partner layer. The layer is built with the best-ranked unblocked method among `methods` that can
 * build that layer and is not the base's method.
 */
export const layerRuleSchema = z
  .object({
    kind: z.literal('layer'),
    ...ruleBase,
    layer: z.enum(ADDED_LAYERS),
    /** Candidate methods, any order: the plan's ranking decides between them. */
    methods: z.array(slugSchema).min(1),
  })
  .strict();

/**
 * Two or more answers that cannot all be true (more groups than units, market data used where none
 * exists). The plan lists `question` as an open question with the status `conflict`, the rule's reason
 * and the answers that contradict each other, and `validate` names it; the answers are not changed.
 */
export const conflictRuleSchema = z
  .object({
    kind: z.literal('conflict'),
    ...ruleBase,
    /** The answer to revisit first: the one most likely to be at the wrong level or out of date. */
    question: questionIdSchema,
  })
  .strict();

export const ruleSchema = z.discriminatedUnion('kind', [
  readinessRuleSchema,
  mistakeRuleSchema,
  methodRuleSchema,
  factRuleSchema,
  systemRuleSchema,
  rolloutRuleSchema,
  warningRuleSchema,
  cadenceRuleSchema,
  layerRuleSchema,
  conflictRuleSchema,
]);
export type Rule = z.output<typeof ruleSchema>;
export type ReadinessRule = z.output<typeof readinessRuleSchema>;
export type MistakeRule = z.output<typeof mistakeRuleSchema>;
export type MethodRule = z.output<typeof methodRuleSchema>;
export type FactRule = z.output<typeof factRuleSchema>;
export type SystemRule = z.output<typeof systemRuleSchema>;
export type RolloutRule = z.output<typeof rolloutRuleSchema>;
export type WarningRule = z.output<typeof warningRuleSchema>;
export type CadenceRule = z.output<typeof cadenceRuleSchema>;
export type LayerRule = z.output<typeof layerRuleSchema>;
export type ConflictRule = z.output<typeof conflictRuleSchema>;

/** One file in `content/rules/`: a topic's rules. */
export const ruleFileSchema = z.object({ rules: z.array(ruleSchema).min(1) }).strict();
