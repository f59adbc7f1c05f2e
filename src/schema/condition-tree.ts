import type { Condition, DerivedCondition, LeafCondition } from './condition.ts';

// Walking a condition needs no zod. Keeping these here (rather than beside the zod schema) keeps
// zod's runtime out of the questionnaire's first load, which evaluates visibility in the browser.

/** A test of one answer. */
export function isLeaf(condition: Condition): condition is LeafCondition {
  return 'question' in condition;
}

/** A test of a number derived from several answers. */
export function isDerived(condition: Condition): condition is DerivedCondition {
  return 'derived' in condition;
}

/** Every leaf in a condition, answer tests and derived-number tests alike, depth first. */
export function conditionLeaves(condition: Condition): (LeafCondition | DerivedCondition)[] {
  if (isLeaf(condition) || isDerived(condition)) return [condition];
  if ('all' in condition) return condition.all.flatMap(conditionLeaves);
  if ('any' in condition) return condition.any.flatMap(conditionLeaves);
  return conditionLeaves(condition.not);
}
