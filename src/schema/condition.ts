import { z } from 'zod';
import { DERIVED_NAMES } from './derived.ts';
import { OPERATOR_NAMES } from './operators.ts';
import { questionIdSchema } from './ids.ts';

/** One test of one answer, e.g. `{ question: readiness.objective, op: is, value: written-kpi }`. */
export const leafConditionSchema = z
  .object({
    /** The question whose answer is tested. */
    question: questionIdSchema,
    /** An operator from the table in `src/schema/operators.ts`. */
    op: z.enum(OPERATOR_NAMES),
    /** What the answer is compared with; its shape depends on the operator. */
    value: z.union([z.string(), z.number(), z.array(z.string()).min(1), z.tuple([z.number(), z.number()])]).optional(),
  })
  .strict();
export type LeafCondition = z.infer<typeof leafConditionSchema>;

/**
 * One test of a number derived from several answers, e.g. `{ derived: accountsPerRep, op: lt, value: 30 }`.
 * The names come from the table in `src/schema/derived.ts`; the number is unknown, and the test
 * false, when any answer it reads is missing, hidden or "don't know", or a divisor is 0.
 */
export const derivedConditionSchema = z
  .object({
    /** A derived number from the table in `src/schema/derived.ts`. */
    derived: z.enum(DERIVED_NAMES),
    /** A numeric operator: gt, gte, lt, lte or between (checked by the integrity check). */
    op: z.enum(OPERATOR_NAMES),
    /** A number, or `[min, max]` for `between`. */
    value: z.union([z.number(), z.tuple([z.number(), z.number()])]),
  })
  .strict();
export type DerivedCondition = z.infer<typeof derivedConditionSchema>;

/** A condition written as data: a leaf, or an `all` / `any` / `not` group of conditions. `{ all: [] }` is always true. */
export type Condition =
  { all: Condition[] } | { any: Condition[] } | { not: Condition } | LeafCondition | DerivedCondition;

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionSchema) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    leafConditionSchema,
    derivedConditionSchema,
  ]),
);

export { conditionLeaves, isDerived, isLeaf } from './condition-tree.ts';
