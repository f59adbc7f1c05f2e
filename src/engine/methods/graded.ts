import { derivedValue } from '../../schema/derived.ts';
import type { GradedFit, MethodRule } from '../../schema/rule.ts';
import { compileCondition, type SeenAnswers } from '../conditions.ts';

/** The value a graded rule reads, or undefined when its answer (or an input of its derived number) is unknown. */
export function gradedInput(graded: GradedFit, seen: SeenAnswers): number | undefined {
  if ('derived' in graded.by) return derivedValue(graded.by.derived, (id) => seen.get(id));
  const answer = seen.get(graded.by.question);
  return typeof answer === 'number' && Number.isFinite(answer) ? answer : undefined;
}

/** The points at `value`: straight lines between the rule's points (on the log scale if asked), flat beyond the ends. */
export function interpolate(graded: GradedFit, value: number): number {
  const at = (x: number): number => (graded.scale === 'log' ? Math.log10(Math.max(x, 1e-9)) : x);
  const points = graded.points;
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return 0;
  if (value <= first[0]) return first[1];
  if (value >= last[0]) return last[1];
  for (let i = 1; i < points.length; i += 1) {
    const [x1, y1] = points[i] ?? last;
    const [x0, y0] = points[i - 1] ?? first;
    if (value <= x1) return Math.round(y0 + ((y1 - y0) * (at(value) - at(x0))) / (at(x1) - at(x0)));
  }
  return last[1];
}

/**
 * What a method rule adds for these answers: `null` when it does not match (its condition fails,
 * or a graded rule's number is unknown), else its points (0 for a blocker).
 */
export function rulePoints(rule: MethodRule, seen: SeenAnswers): number | null {
  if (!compileCondition(rule.when)(seen)) return null;
  if (rule.graded === undefined) return rule.blocker === true ? 0 : (rule.fit ?? 0);
  const value = gradedInput(rule.graded, seen);
  return value === undefined ? null : interpolate(rule.graded, value);
}
