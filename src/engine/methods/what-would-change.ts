import type { AnswerValue } from '../../schema/answer-value.ts';
import type { WhatWouldChange } from '../../schema/plan/index.ts';
import { answerAlternatives, changeSize, isPlausibleChange } from '../answer-alternatives.ts';
import type { SeenAnswers } from '../conditions.ts';
import type { PlanContext } from '../evidence.ts';
import { thresholdsFor } from '../question-usage.ts';
import { resolveVisibility } from '../visibility.ts';
import { describeChange } from './describe-change.ts';
import { rulePoints } from './graded.ts';
import { clampFit, methodTotals, topMethod, type MethodTotals } from './method-totals.ts';

/** At most this many suggestions, each putting a different method first. */
const MAX_SUGGESTIONS = 3;
/** Two-answer changes are tried only when no single change works, within this many evaluations. */
const PAIR_BUDGET = 4_000;

/** A tried change that puts another method first. */
export interface Trial {
  readonly changes: readonly { questionId: string; to: AnswerValue }[];
  readonly size: number;
  readonly position: number;
  readonly top: number;
  readonly topFit: number;
}

/** The totals after one answer changes, re-evaluating only the rules that read it when visibility cannot move. */
function totalsWith(context: PlanContext, base: MethodTotals, questionId: string, to: AnswerValue): MethodTotals {
  const { prepared } = context;
  if (prepared.visibilityInputs.has(questionId)) {
    return methodTotals(prepared, resolveVisibility(prepared, new Map([...context.answers, [questionId, to]])).seen);
  }
  const overlay: SeenAnswers = { get: (id) => (id === questionId ? to : context.seen.get(id)) };
  const raw = [...base.raw];
  const blockers = [...base.blockers];
  for (const ruleIndex of prepared.methodRulesByQuestion.get(questionId) ?? []) {
    const rule = prepared.rules.method[ruleIndex];
    const methodIndex = rule === undefined ? undefined : prepared.methodIndex.get(rule.method);
    if (rule === undefined || methodIndex === undefined) continue;
    const added = rulePoints(rule, overlay);
    const was = base.matched[ruleIndex] === true;
    if (rule.blocker === true) {
      if (was !== (added !== null)) blockers[methodIndex] = (blockers[methodIndex] ?? 0) + (added === null ? -1 : 1);
    } else raw[methodIndex] = (raw[methodIndex] ?? 0) + (added ?? 0) - (was ? (base.points[ruleIndex] ?? 0) : 0);
  }
  return { raw, blockers, matched: base.matched, points: base.points };
}

/** Every single-answer change that puts another method first. */
function singleChanges(context: PlanContext, base: MethodTotals, currentTop: number): Trial[] {
  const { prepared } = context;
  const trials: Trial[] = [];
  for (const questionId of prepared.methodQuestions) {
    const entry = prepared.questionById.get(questionId);
    if (entry === undefined || context.hidden.has(questionId)) continue;
    const current = context.answers.get(questionId);
    const thresholds = thresholdsFor(prepared, questionId, (id) => context.seen.get(id));
    for (const to of answerAlternatives(entry, current, thresholds)) {
      if (!isPlausibleChange(entry, current, to)) continue;
      const totals = totalsWith(context, base, questionId, to);
      const top = topMethod(prepared, totals);
      if (top !== -1 && top !== currentTop) {
        trials.push({
          changes: [{ questionId, to }],
          size: changeSize(entry, current, to),
          position: entry.position,
          top,
          topFit: clampFit(totals.raw[top] ?? 0),
        });
      }
    }
  }
  return trials;
}

/** Two-answer changes, tried in flow order within a fixed budget so the cost stays bounded. */
function pairChanges(context: PlanContext, currentTop: number): Trial[] {
  const { prepared } = context;
  const options = prepared.methodQuestions.flatMap((questionId) => {
    const entry = prepared.questionById.get(questionId);
    if (entry === undefined) return [];
    const current = context.answers.get(questionId);
    const thresholds = thresholdsFor(prepared, questionId, (id) => context.seen.get(id));
    return answerAlternatives(entry, current, thresholds)
      .filter((to) => isPlausibleChange(entry, current, to))
      .map((to) => ({
        questionId,
        to,
        size: changeSize(entry, current, to),
        position: entry.position,
      }));
  });
  const trials: Trial[] = [];
  let budget = PAIR_BUDGET;
  for (let i = 0; i < options.length && budget > 0; i += 1) {
    for (let j = i + 1; j < options.length && budget > 0; j += 1) {
      const a = options[i];
      const b = options[j];
      if (a === undefined || b === undefined || a.questionId === b.questionId) continue;
      budget -= 1;
      const answers = new Map([...context.answers, [a.questionId, a.to], [b.questionId, b.to]]);
      const totals = methodTotals(prepared, resolveVisibility(prepared, answers).seen);
      const top = topMethod(prepared, totals);
      if (top !== -1 && top !== currentTop) {
        trials.push({
          changes: [a, b],
          size: a.size + b.size,
          position: a.position,
          top,
          topFit: clampFit(totals.raw[top] ?? 0),
        });
      }
    }
  }
  return trials;
}

/**
 * "What would change this": the smallest answer changes that would put another method first,
 * one suggestion per method, smallest first. Single changes are preferred; pairs are tried only
 * when no single change works.
 */
export function whatWouldChange(context: PlanContext, base: MethodTotals): WhatWouldChange[] {
  const { prepared } = context;
  const currentTop = topMethod(prepared, base);
  if (currentTop === -1) return [];
  let trials = singleChanges(context, base, currentTop);
  if (trials.length === 0) trials = pairChanges(context, currentTop);
  trials.sort((a, b) => a.size - b.size || a.position - b.position);
  const chosen: Trial[] = [];
  for (const trial of trials) {
    if (chosen.length < MAX_SUGGESTIONS && !chosen.some((c) => c.top === trial.top)) chosen.push(trial);
  }
  const current = prepared.bundle.methods[currentTop];
  return chosen.map((trial) => describeChange(context, trial, current?.title ?? ''));
}
