/** Sentences built from parts of the plan that every renderer prints the same way. */
import type { MethodFit, OpenQuestion, Plan, Readiness, RolloutPlan } from '../schema/plan/index.ts';
import { countOf, formatDate, formatRange, listText } from './format.ts';

/** How an open question stands, as every renderer labels it. */
export const OPEN_STATUS_LABELS: Readonly<Record<OpenQuestion['status'], string>> = {
  unanswered: 'Not answered',
  dontKnow: "Don't know",
  invalid: 'Answer not usable',
  conflict: 'Contradicts another answer',
};

/**
 * What is wrong with an open question's answer, in one line, or null: why it cannot be used, or the
 * contradiction with the answers involved ("… Your answers: 140 groups (the number of groups above the
 * unit) and 100 accounts (the accounts in scope).").
 */
export function openQuestionProblem(q: Pick<OpenQuestion, 'problem' | 'evidence'>): string | null {
  if (q.problem === null) return null;
  const quoted = q.evidence
    .filter((e) => e.answerLabels.length > 0)
    .map((e) => `${listText(e.answerLabels)} (${e.topic})`);
  return quoted.length === 0 ? q.problem : `${q.problem} Your answers: ${listText(quoted)}.`;
}

/** Overall readiness in one line: `62 of 100, Ready (based on 3 of 24 checks)`, or `Not scored yet`. */
export function readinessLine(readiness: Pick<Readiness, 'score' | 'verdict'>): string {
  return readiness.score === null ? 'Not scored yet' : `${Math.round(readiness.score)} of 100, ${readiness.verdict}`;
}

/** A method's usual length: `4 to 8 weeks`. */
export const methodWeeks = (method: Pick<MethodFit, 'weeks'>): string =>
  `${formatRange(method.weeks.min, method.weeks.max)} weeks`;

/** A method's fit, length and cost in one line: `Fit 72 of 100 · 4 to 8 weeks · cost $$`. */
export const methodFacts = (method: Pick<MethodFit, 'fit' | 'weeks' | 'cost'>): string =>
  `Fit ${method.fit} of 100 · ${methodWeeks(method)} · cost ${method.cost}`;

/** Where the rollout dates count from, as a phrase. */
export const rolloutStartSource = (rollout: Pick<RolloutPlan, 'startSource'>): string =>
  rollout.startSource === 'answer'
    ? 'the planned start date'
    : 'the date of the answers, because no valid start date was given';

/**
 * When the segments are in use, and against which deadline: "In use from 2 March 2026, 8 weeks after
 * the start." plus "Needed by 5 April 2026: met." or "not met".
 */
export function rolloutLaunchLine(rollout: Pick<RolloutPlan, 'launch' | 'launchWeeks' | 'deadline'>): string {
  const launch =
    rollout.launch === null || rollout.launchWeeks === null
      ? 'The launch phase is skipped, so no date puts the segments in use.'
      : `The segments are in use from ${formatDate(rollout.launch)}, ${countOf(rollout.launchWeeks, 'week')} after the start.`;
  const { deadline } = rollout;
  if (deadline === null) return launch;
  return `${launch} They are needed by ${formatDate(deadline.date)} (${countOf(deadline.weeks, 'week')}): ${deadline.met ? 'on time' : 'late'}.`;
}

/** A rollout phase's planned length: `6 weeks`, or `–` when it is skipped (its dates say so). */
export const phaseWeeks = (phase: { readonly included: boolean; readonly weeks: number }): string =>
  phase.included ? countOf(phase.weeks, 'week') : '–';

/** A rule's effect on a phase's length: `+2 weeks`, `−1 week`. */
export const weeksChange = (addWeeks: number): string =>
  `${addWeeks > 0 ? '+' : '−'}${countOf(Math.abs(addWeeks), 'week')}`;

/**
 * The method the plan recommends: the one its design's base layer uses (the summary's), with the base
 * layer's first reason when that is not the method ranked first on fit, e.g. "Simple attribute
 * segmentation ranks higher, but this plan flags …". Every renderer heads its method section with it.
 */
export function recommendedMethod(plan: Pick<Plan, 'method' | 'summary' | 'design'>): {
  readonly fit: MethodFit | undefined;
  readonly note: string | null;
} {
  const id = plan.summary.recommendedMethod?.methodId ?? plan.method.recommended;
  const fit = plan.method.ranking.find((m) => m.methodId === id);
  const differs = fit !== undefined && plan.method.recommended !== null && fit.methodId !== plan.method.recommended;
  const base = plan.design.layers.find((l) => l.kind === 'base');
  return { fit, note: differs ? (base?.reasons[0]?.because ?? null) : null };
}
