/**
 * The monotonicity check: for every question whose answers run from least to most mature
 * (`order: ascending`), moving one step up must never lower any readiness score, overall or
 * per dimension. Scores that are unknown on either side are not compared.
 */
import type { PlanContext } from '../../../../src/engine/evidence.ts';
import { prepareContent } from '../../../../src/engine/prepare.ts';
import { readinessScore } from '../../../../src/engine/readiness.ts';
import { resolveVisibility } from '../../../../src/engine/visibility.ts';
import { numericBounds } from '../../../../src/engine/answers/answer-fit.ts';
import type { AnswerValue } from '../../../../src/schema/answer-value.ts';
import type { ContentBundle } from '../../../../src/schema/content-bundle.ts';
import type { Question } from '../../../../src/schema/question.ts';

/** Scores keyed `overall` and by dimension id; null when unknown. */
export function readinessScores(
  content: ContentBundle,
  answers: ReadonlyMap<string, AnswerValue>,
): Map<string, number | null> {
  const prepared = prepareContent(content);
  const context: PlanContext = { prepared, answers, ...resolveVisibility(prepared, answers), evidenceCache: new Map() };
  const readiness = readinessScore(context);
  return new Map([['overall', readiness.score], ...readiness.dimensions.map((d) => [d.id, d.score] as const)]);
}

/** The answers of an ascending question from least to most mature; empty for types without an order. */
export function ascendingValues(question: Question): AnswerValue[] {
  if (question.order !== 'ascending') return [];
  if (question.type === 'single') return (question.options ?? []).map((o) => o.id);
  if (question.type === 'scale' || question.type === 'number') {
    const { min, max } = numericBounds(question);
    if (!Number.isFinite(min) || !Number.isFinite(max) || max - min > 20) return [];
    return Array.from({ length: max - min + 1 }, (_, i) => min + i);
  }
  return [];
}

/** Every readiness score that drops when an ascending answer moves one step up, described for a failure message. */
export function monotonicityViolations(content: ContentBundle, base: Readonly<Record<string, AnswerValue>>): string[] {
  const out: string[] = [];
  const prepared = prepareContent(content);
  const { hidden } = resolveVisibility(prepared, new Map(Object.entries(base)));
  for (const { question } of prepared.questions) {
    const values = ascendingValues(question);
    if (values.length < 2 || hidden.has(question.id)) continue;
    for (let i = 0; i + 1 < values.length; i += 1) {
      const lower = readinessScores(
        content,
        new Map(Object.entries({ ...base, [question.id]: values[i] as AnswerValue })),
      );
      const higher = readinessScores(
        content,
        new Map(Object.entries({ ...base, [question.id]: values[i + 1] as AnswerValue })),
      );
      for (const [key, before] of lower) {
        const after = higher.get(key) ?? null;
        if (before !== null && after !== null && after < before) {
          out.push(
            `${question.id}: ${JSON.stringify(values[i])} -> ${JSON.stringify(values[i + 1])} lowers ${key} from ${before} to ${after}`,
          );
        }
      }
    }
  }
  return out;
}
