import type { Plan } from '../../schema/plan/index.ts';

/**
 * The guide articles the PDF cites: each finding above "none" (Risks), every ranked method
 * (Method), each system (Systems impact), every rollout phase (Rollout playbook) and each warning
 * sign already showing (Review cadence). Each section prints its citations with `Citations`; a
 * test checks this list against what the PDF prints.
 */
export function citedArticles(plan: Plan): string[] {
  return [
    ...plan.mistakeFindings.filter((f) => f.risk !== 'none').map((f) => f.article),
    ...plan.method.ranking.map((m) => m.article),
    ...plan.systems.map((s) => s.article),
    ...plan.rollout.phases.map((p) => p.article),
    ...plan.cadence.triggers.filter((t) => t.active).map((t) => t.article),
  ];
}

/**
 * The ids of the sources the PDF cites, or null when it prints no citation (no article sources were
 * given, or none of the cited articles has a source), in which case the appendix lists every source.
 */
export function citedSourceIds(
  plan: Plan,
  articleSources: Readonly<Record<string, readonly string[]>>,
): Set<string> | null {
  const ids = new Set(citedArticles(plan).flatMap((article) => articleSources[article] ?? []));
  return ids.size === 0 ? null : ids;
}
