import { z } from 'zod';
import { OPERATOR_NAMES } from '../engine/operators.ts';
import { questionIdSchema } from './ids.ts';

/** One test of one answer, e.g. `{ question: readiness.objective, op: is, value: written-kpi }`. */
export const leafConditionSchema = z
  .object({
    /** The question whose answer is tested. */
    question: questionIdSchema,
    /** An operator from the table in `src/engine/operators.ts`. */
    op: z.enum(OPERATOR_NAMES),
    /** What the answer is compared with; its shape depends on the operator. */
    value: z.union([z.string(), z.number(), z.array(z.string()).min(1), z.tuple([z.number(), z.number()])]).optional(),
  })
  .strict();
export type LeafCondition = z.infer<typeof leafConditionSchema>;

/** A condition written as data: a leaf, or an `all` / `any` / `not` group of conditions. `{ all: [] }` is always true. */
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | LeafCondition;

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionSchema) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    leafConditionSchema,
  ]),
);

export { conditionLeaves, isLeaf } from './condition-tree.ts';
