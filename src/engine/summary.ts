import type {
  MethodRecommendation,
  MistakeFinding,
  PlanSummary,
  Readiness,
  RolloutPlan,
  SegmentCount,
} from '../schema/plan.ts';

const TOP_RISKS = 3;
const NEXT_ACTIONS = 3;

/**
 * The executive summary: readiness, the top three risks, the method, the segment range and
 * three next actions (the first fix of each top risk, then the first rollout phase's activities).
 */
export function planSummary(
  readiness: Readiness,
  findings: readonly MistakeFinding[],
  method: MethodRecommendation,
  segments: SegmentCount,
  rollout: RolloutPlan,
): PlanSummary {
  const topRisks = findings.filter((f) => f.risk !== 'none').slice(0, TOP_RISKS);
  const actions: string[] = [];
  const add = (action: string | undefined): void => {
    if (action !== undefined && actions.length < NEXT_ACTIONS && !actions.includes(action)) actions.push(action);
  };
  for (const finding of topRisks) add(finding.remediation[0]);
  for (const phase of rollout.phases.filter((p) => p.included)) for (const activity of phase.activities) add(activity);
  const recommended = method.ranking.find((m) => m.methodId === method.recommended);
  return {
    readinessScore: readiness.score,
    readinessLevel: readiness.level?.label ?? null,
    topRisks: topRisks.map((f) => ({ mistakeId: f.mistakeId, title: f.title, risk: f.risk })),
    recommendedMethod: recommended === undefined ? null : { methodId: recommended.methodId, title: recommended.title },
    segmentRange: { min: segments.min, max: segments.max },
    nextActions: actions,
  };
}
