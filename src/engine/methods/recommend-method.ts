import type { FitReason, MethodFit, MethodRecommendation, Reason } from '../../schema/plan/index.ts';
import { gradedQuestions } from '../conditions.ts';
import { reasonFor, type PlanContext } from '../evidence.ts';
import { clampFit, methodTotals, rankOrder } from './method-totals.ts';
import { whatWouldChange } from './what-would-change.ts';

/**
 * Rank every method by fit (its `baseFit` plus the points of matched rules, clamped to 0..100).
 * A matched blocker ranks the method after every unblocked one and is shown as the reason.
 * The top method gets "what would change this".
 */
export function recommendMethod(context: PlanContext): MethodRecommendation {
  const { prepared } = context;
  const totals = methodTotals(prepared, context.seen);
  const blockers = new Map<string, Reason[]>();
  const fitReasons = new Map<string, FitReason[]>();
  prepared.rules.method.forEach((rule, i) => {
    if (totals.matched[i] !== true) return;
    const reason = reasonFor(
      context,
      rule.id,
      rule.because,
      rule.when,
      rule.graded === undefined ? [] : gradedQuestions(rule.graded),
    );
    if (rule.blocker === true) blockers.set(rule.method, [...(blockers.get(rule.method) ?? []), reason]);
    else
      fitReasons.set(rule.method, [
        ...(fitReasons.get(rule.method) ?? []),
        { ...reason, points: totals.points[i] ?? 0 },
      ]);
  });
  const ordered = rankOrder(prepared, totals).flatMap((index) => {
    const method = prepared.bundle.methods[index];
    return method === undefined ? [] : [{ index, method }];
  });
  const ranking = ordered.map(({ index, method }, position): MethodFit => {
    const reasons = fitReasons.get(method.id) ?? [];
    return {
      methodId: method.id,
      title: method.title,
      shortName: method.shortName,
      rank: position + 1,
      fit: clampFit(totals.raw[index] ?? 0),
      baseFit: method.baseFit,
      blocked: (totals.blockers[index] ?? 0) > 0,
      blockers: blockers.get(method.id) ?? [],
      raised: reasons.filter((r) => r.points > 0).sort((a, b) => b.points - a.points),
      lowered: reasons.filter((r) => r.points < 0).sort((a, b) => a.points - b.points),
      cost: method.cost,
      weeks: { min: method.weeks.min, max: method.weeks.max },
      article: `methods/${method.id}`,
      sources: [...method.sources],
    };
  });
  const first = ranking[0];
  return {
    recommended: first !== undefined && !first.blocked ? first.methodId : null,
    ranking,
    whatWouldChange: whatWouldChange(context, totals),
  };
}
