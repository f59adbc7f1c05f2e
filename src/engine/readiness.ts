import type { ReadinessModel } from '../schema/catalogue.ts';
import type { DimensionScore, Readiness, ReadinessItem } from '../schema/plan/index.ts';
import type { ReadinessRule } from '../schema/rule.ts';
import { conditionQuestions } from './conditions.ts';
import { holds, reasonFor, type PlanContext } from './evidence.ts';
import { RAISES_FROM, readinessBasis, readinessVerdict } from './readiness-basis.ts';

/** The label of the highest level whose `min` the score reaches. */
export function levelFor(model: ReadinessModel, score: number | null): { label: string; meaning: string } | null {
  if (score === null) return null;
  let best: { min: number; label: string; meaning: string } | undefined;
  for (const level of model.levels)
    if (score >= level.min && (best === undefined || level.min > best.min)) best = level;
  return best === undefined ? null : { label: best.label, meaning: best.meaning };
}

/** Weighted mean of known values, or null when there are none. */
function weightedMean(parts: readonly { value: number; weight: number }[]): number | null {
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  return total === 0 ? null : parts.reduce((sum, p) => sum + p.value * p.weight, 0) / total;
}

/** The first step whose condition holds sets the item's score; no step holding leaves it unknown. */
function scoreItem(context: PlanContext, item: ReadinessRule): ReadinessItem | null {
  for (const step of item.steps) {
    if (holds(context, step.when))
      return { ...reasonFor(context, item.id, step.because, step.when), score: step.score, weight: item.weight };
  }
  return null;
}

/**
 * Readiness per dimension and overall. A dimension is the weighted mean of its known items
 * times 100; unknown items lower the plan's confidence, never the score.
 */
export function readinessScore(context: PlanContext): Readiness {
  const { readiness: model } = context.prepared.bundle;
  const unrounded: { value: number; weight: number }[] = [];
  const dimensions = model.dimensions.map((dimension): DimensionScore => {
    const known: ReadinessItem[] = [];
    const unknown: DimensionScore['unknown'] = [];
    for (const item of context.prepared.rules.readiness) {
      if (item.dimension !== dimension.id) continue;
      const scored = scoreItem(context, item);
      if (scored !== null) known.push(scored);
      else
        unknown.push({
          ruleId: item.id,
          // Only questions the respondent can still answer; hidden ones do not apply to these answers.
          questionIds: [...new Set(item.steps.flatMap((s) => conditionQuestions(s.when)))].filter(
            (id) => !context.hidden.has(id),
          ),
        });
    }
    const mean = weightedMean(known.map((i) => ({ value: i.score * 100, weight: i.weight })));
    if (mean !== null) unrounded.push({ value: mean, weight: dimension.weight });
    const score = mean === null ? null : Math.round(mean);
    return {
      id: dimension.id,
      title: dimension.title,
      description: dimension.description,
      weight: dimension.weight,
      score,
      level: levelFor(model, score),
      raised: known.filter((i) => i.score >= RAISES_FROM).sort((a, b) => b.score - a.score),
      lowered: known.filter((i) => i.score < RAISES_FROM).sort((a, b) => a.score - b.score),
      unknown,
    };
  });
  const overall = weightedMean(unrounded);
  const score = overall === null ? null : Math.round(overall);
  const level = levelFor(model, score);
  const basis = readinessBasis({ dimensions });
  return {
    score,
    level,
    verdict: readinessVerdict(level?.label ?? null, basis),
    basis,
    raisesFrom: RAISES_FROM,
    dimensions,
  };
}
