import type { SeenAnswers } from '../conditions.ts';
import type { PreparedContent } from '../prepare.ts';
import { rulePoints } from './graded.ts';

/** Per method (indexed as `bundle.methods`): unclamped fit and the number of matched blockers. */
export interface MethodTotals {
  readonly raw: number[];
  readonly blockers: number[];
  /** Per method rule (indexed as `rules.method`): whether it matched. */
  readonly matched: boolean[];
  /** Per method rule: the points it added when it matched (0 for a blocker or a rule that did not match). */
  readonly points: number[];
}

/** Fit is shown on a 0..100 scale; the unclamped value only breaks ties. */
export function clampFit(raw: number): number {
  return Math.min(100, Math.max(0, raw));
}

/** Add up every method rule: fit points and blockers. Rules naming an unknown method are ignored. */
export function methodTotals(prepared: PreparedContent, seen: SeenAnswers): MethodTotals {
  const { methods } = prepared.bundle;
  const raw = methods.map((m) => m.baseFit);
  const blockers = methods.map(() => 0);
  const points = prepared.rules.method.map(() => 0);
  const matched = prepared.rules.method.map((rule, i) => {
    const index = prepared.methodIndex.get(rule.method);
    const added = index === undefined ? null : rulePoints(rule, seen);
    if (index === undefined || added === null) return false;
    if (rule.blocker === true) blockers[index] = (blockers[index] ?? 0) + 1;
    else raw[index] = (raw[index] ?? 0) + added;
    points[i] = added;
    return true;
  });
  return { raw, blockers, matched, points };
}

/**
 * Ranking order of method indices: unblocked before blocked, then fit, then unclamped fit,
 * then base fit, then id, so that equal inputs always give the same order.
 */
export function rankOrder(prepared: PreparedContent, totals: Pick<MethodTotals, 'raw' | 'blockers'>): number[] {
  const { methods } = prepared.bundle;
  return methods.map((_, i) => i).sort((a, b) => compareMethods(prepared, totals, a, b));
}

/** The first-ranked unblocked method's index, or -1 when every method is blocked. */
export function topMethod(prepared: PreparedContent, totals: Pick<MethodTotals, 'raw' | 'blockers'>): number {
  let best = -1;
  for (let i = 0; i < prepared.bundle.methods.length; i += 1) {
    if ((totals.blockers[i] ?? 0) > 0) continue;
    if (best === -1 || compareMethods(prepared, totals, i, best) < 0) best = i;
  }
  return best;
}

function compareMethods(
  prepared: PreparedContent,
  totals: Pick<MethodTotals, 'raw' | 'blockers'>,
  a: number,
  b: number,
): number {
  const blockedA = (totals.blockers[a] ?? 0) > 0 ? 1 : 0;
  const blockedB = (totals.blockers[b] ?? 0) > 0 ? 1 : 0;
  const rawA = totals.raw[a] ?? 0;
  const rawB = totals.raw[b] ?? 0;
  const methodA = prepared.bundle.methods[a];
  const methodB = prepared.bundle.methods[b];
  return (
    blockedA - blockedB ||
    clampFit(rawB) - clampFit(rawA) ||
    rawB - rawA ||
    (methodB?.baseFit ?? 0) - (methodA?.baseFit ?? 0) ||
    ((methodA?.id ?? '') < (methodB?.id ?? '') ? -1 : 1)
  );
}
