import type {
  MethodRecommendation,
  MistakeFinding,
  PlanSummary,
  Readiness,
  RolloutPlan,
  SegmentCount,
} from '../schema/plan/index.ts';

const TOP_RISKS = 3;
const NEXT_ACTIONS = 3;

/** The questions whose answers raised a finding (a question quoted as unanswered is context, not a cause). */
const causes = (finding: MistakeFinding): Set<string> =>
  new Set(
    finding.evidence.flatMap((rule) => rule.evidence.filter((e) => e.status !== 'unanswered').map((e) => e.questionId)),
  );

/**
 * The top risks, in the findings' order (highest risk first), preferring findings that rest on an
 * answer no earlier pick rests on: one ticked box can raise several related findings, and three
 * findings from one answer tell an executive less than three problems. The rest fill any gap.
 */
function distinctRisks(risky: readonly MistakeFinding[]): MistakeFinding[] {
  const chosen = new Set<MistakeFinding>();
  const covered = new Set<string>();
  for (const finding of risky) {
    if (chosen.size === TOP_RISKS) break;
    const own = causes(finding);
    if (own.size > 0 && [...own].every((q) => covered.has(q))) continue;
    chosen.add(finding);
    for (const q of own) covered.add(q);
  }
  for (const finding of risky) if (chosen.size < TOP_RISKS) chosen.add(finding);
  return risky.filter((f) => chosen.has(f));
}

/**
 * The executive summary: readiness, the top three risks (see distinctRisks), the method the design's
 * base layer uses (the top-ranked one unless it cannot set coverage or does what a finding warns
 * against; the base layer says why), the segment range and three next actions (the first fix of each
 * top risk, then the first rollout phase's activities).
 */
export function planSummary(
  readiness: Readiness,
  findings: readonly MistakeFinding[],
  method: MethodRecommendation,
  segments: SegmentCount,
  rollout: RolloutPlan,
  baseMethodId: string | null,
): PlanSummary {
  const topRisks = distinctRisks(findings.filter((f) => f.risk !== 'none'));
  const actions: string[] = [];
  const add = (action: string | undefined): void => {
    if (action !== undefined && actions.length < NEXT_ACTIONS && !actions.includes(action)) actions.push(action);
  };
  for (const finding of topRisks) add(finding.remediation[0]);
  for (const phase of rollout.phases.filter((p) => p.included)) for (const activity of phase.activities) add(activity);
  const recommended = method.ranking.find((m) => m.methodId === (baseMethodId ?? method.recommended));
  return {
    readinessScore: readiness.score,
    readinessLevel: readiness.level?.label ?? null,
    topRisks: topRisks.map((f) => ({ mistakeId: f.mistakeId, title: f.title, risk: f.risk })),
    recommendedMethod: recommended === undefined ? null : { methodId: recommended.methodId, title: recommended.title },
    segmentRange: { min: segments.min, max: segments.max },
    nextActions: actions,
  };
}
