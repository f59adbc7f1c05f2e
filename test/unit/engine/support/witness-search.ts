/**
 * Searches for answers that satisfy a goal, for the reachability tests. It is a seeded,
 * deterministic hill climb over each question's meaningful answers (the engine's own
 * `answerAlternatives`, plus unanswered and "don't know"), guided by a graded score:
 * - `conditionScore` is 1 exactly when a condition holds and less otherwise, with partial
 *   credit for each part of an `all` that holds and for hidden questions that could be shown;
 * - callers combine it into an objective (for a mistake: its best rule; for a method: its lead).
 * Nothing here is specific to any id, so new content is covered automatically.
 */
import { answerAlternatives } from '../../../../src/engine/answer-alternatives.ts';
import { compileCondition } from '../../../../src/engine/conditions.ts';
import { prepareContent, type PreparedContent } from '../../../../src/engine/prepare.ts';
import { resolveVisibility, type Visibility } from '../../../../src/engine/visibility.ts';
import { DONT_KNOW, type AnswerValue } from '../../../../src/schema/answer-value.ts';
import type { Condition } from '../../../../src/schema/condition.ts';
import { isDerived, isLeaf } from '../../../../src/schema/condition.ts';
import type { ContentBundle } from '../../../../src/schema/content-bundle.ts';
import { DERIVED } from '../../../../src/schema/derived.ts';
import { OPERATORS } from '../../../../src/schema/operators.ts';
import { thresholdsFor } from '../../../../src/engine/question-usage.ts';

export type Answers = Map<string, AnswerValue>;

/** A state of the search: the answers and what the engine sees of them. */
export interface SearchState extends Visibility {
  readonly prepared: PreparedContent;
  readonly answers: Answers;
}

/** Small deterministic PRNG (mulberry32), so every run searches the same way. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 1 when the condition holds for the visible answers; below 1, closer to 1 the nearer it is to holding. */
export function conditionScore(state: SearchState, condition: Condition): number {
  if (isLeaf(condition)) {
    const test = OPERATORS[condition.op].test;
    if (test(state.seen.get(condition.question), condition.value)) return 1;
    if (!state.hidden.has(condition.question)) return 0;
    const visibleIf = state.prepared.questionById.get(condition.question)?.question.visibleIf;
    const rawHolds = test(state.answers.get(condition.question), condition.value) ? 0.25 : 0;
    return rawHolds + (visibleIf === undefined ? 0 : 0.5 * conditionScore(state, visibleIf));
  }
  if (isDerived(condition)) {
    if (compileCondition(condition)(state.seen)) return 1;
    // Partial credit when the raw answers would meet it but some inputs are hidden.
    const raw = compileCondition(condition)({ get: (id) => state.answers.get(id) });
    const hiddenInputs = DERIVED[condition.derived].inputs.filter((id) => state.hidden.has(id));
    if (!raw || hiddenInputs.length === 0) return 0;
    const shown = hiddenInputs.map((id) => {
      const visibleIf = state.prepared.questionById.get(id)?.question.visibleIf;
      return visibleIf === undefined ? 0 : conditionScore(state, visibleIf);
    });
    return 0.25 + (0.5 * shown.reduce((a, b) => a + b, 0)) / shown.length;
  }
  if ('all' in condition) {
    if (condition.all.length === 0) return 1;
    return condition.all.reduce((sum, c) => sum + conditionScore(state, c), 0) / condition.all.length;
  }
  if ('any' in condition) return Math.max(...condition.any.map((c) => conditionScore(state, c)));
  return compileCondition(condition.not)(state.seen) ? 0 : 1;
}

function stateOf(prepared: PreparedContent, answers: Answers): SearchState {
  return { prepared, answers, ...resolveVisibility(prepared, answers) };
}

/** Every answer worth trying for a question, given its current answer. */
function candidates(
  prepared: PreparedContent,
  questionId: string,
  current: AnswerValue | undefined,
  answers: Answers = new Map(),
): (AnswerValue | undefined)[] {
  const entry = prepared.questionById.get(questionId);
  if (entry === undefined) return [];
  const { question } = entry;
  const out: (AnswerValue | undefined)[] = [undefined];
  if (question.allowDontKnow) out.push(DONT_KNOW);
  if (question.type === 'text' || question.type === 'longtext') out.push('2026-01-05', 'Named owner');
  else
    out.push(
      ...answerAlternatives(
        entry,
        current,
        thresholdsFor(prepared, questionId, (id) => answers.get(id)),
      ),
    );
  return out;
}

export interface SearchOptions {
  readonly seed: number;
  readonly restarts: number;
  readonly sweeps: number;
}

/**
 * Hill-climb from random starting answers towards `goal`, maximising `objective`. Returns the
 * first answers that meet the goal, or null when every restart fails.
 */
export function searchAnswers(
  content: ContentBundle,
  objective: (state: SearchState) => number,
  goal: (state: SearchState) => boolean,
  options: SearchOptions,
): Answers | null {
  const prepared = prepareContent(content);
  const ids = prepared.questions.map((q) => q.question.id);
  const rand = random(options.seed);
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(rand() * list.length)];
  for (let restart = 0; restart < options.restarts; restart += 1) {
    const answers: Answers = new Map();
    if (restart > 0) {
      for (const id of ids) {
        const value = pick(candidates(prepared, id, undefined));
        if (value !== undefined) answers.set(id, value);
      }
    }
    let state = stateOf(prepared, answers);
    let score = objective(state);
    for (let sweep = 0; sweep < options.sweeps; sweep += 1) {
      if (goal(state)) return state.answers;
      let improved = false;
      const order = [...ids];
      for (let i = order.length - 1; i > 0; i -= 1) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j] as string, order[i] as string];
      }
      for (const id of order) {
        for (const value of candidates(prepared, id, state.answers.get(id), state.answers)) {
          const next = new Map(state.answers);
          if (value === undefined) next.delete(id);
          else next.set(id, value);
          const nextState = stateOf(prepared, next);
          const nextScore = objective(nextState);
          // Accept sideways moves now and then, so plateaus (e.g. a hidden question's value) can be crossed.
          if (nextScore > score || (nextScore === score && rand() < 0.05)) {
            improved ||= nextScore > score;
            state = nextState;
            score = nextScore;
            if (goal(state)) return state.answers;
          }
        }
      }
      if (!improved && sweep > 2) break;
    }
  }
  return null;
}
