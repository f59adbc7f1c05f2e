import type { Source } from '../schema/catalogue.ts';
import type { Plan } from '../schema/plan/index.ts';

/** The parts of a plan that cite their guide article's sources. */
type CitingParts = Pick<Plan, 'mistakeFindings' | 'method' | 'systems' | 'rollout' | 'cadence'>;

/**
 * The source ids the plan cites: those of each finding above "none" (Risks), every ranked method,
 * each system, every rollout phase and each warning sign already showing. Each renderer prints a
 * part's `sources` beside it; a PDF test checks this list against what the PDF prints.
 */
export function citedSourceIds(plan: CitingParts): Set<string> {
  return new Set([
    ...plan.mistakeFindings.filter((f) => f.risk !== 'none').flatMap((f) => f.sources),
    ...plan.method.ranking.flatMap((m) => m.sources),
    ...plan.systems.flatMap((s) => s.sources),
    ...plan.rollout.phases.flatMap((p) => p.sources),
    ...plan.cadence.triggers.filter((t) => t.active).flatMap((t) => t.sources),
  ]);
}

/** The library's sources that the plan cites, in the library's order. */
export function citedSources(library: readonly Source[], plan: CitingParts): Source[] {
  const ids = citedSourceIds(plan);
  return library.filter((s) => ids.has(s.id)).map((s) => ({ ...s }));
}
