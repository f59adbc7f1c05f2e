import type { Condition, LeafCondition } from './condition.ts';

// Walking a condition needs no zod. Keeping these here (rather than beside the zod schema) keeps
// zod's runtime out of the questionnaire's first load, which evaluates visibility in the browser.

export function isLeaf(condition: Condition): condition is LeafCondition {
  return 'question' in condition;
}

/** Every leaf in a condition, depth first. */
export function conditionLeaves(condition: Condition): LeafCondition[] {
  if (isLeaf(condition)) return [condition];
  if ('all' in condition) return condition.all.flatMap(conditionLeaves);
  if ('any' in condition) return condition.any.flatMap(conditionLeaves);
  return conditionLeaves(condition.not);
}
