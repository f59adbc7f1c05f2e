import type { AnswerValue } from '../schema/answer-value.ts';
import type { QuestionnaireContent } from '../schema/content-bundle.ts';
import { answerMisfit } from './answers/answer-fit.ts';
import type { SeenAnswers } from './conditions.ts';
import { prepareQuestions, type PreparedQuestions } from './prepare.ts';

/** Which questions are shown, and the answers the rules may read. */
export interface Visibility {
  /** Answers of visible questions only: a hidden question counts as unanswered. */
  readonly seen: SeenAnswers;
  /** Questions whose `visibleIf` is false. Their answers are kept in the document but not scored. */
  readonly hidden: ReadonlySet<string>;
  /** Options whose `visibleIf` is false, by question; an answer naming one counts as not given. */
  readonly hiddenOptions: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Evaluate every `visibleIf` in flow order. A condition may refer only to earlier questions, so
 * one pass suffices, and a question hidden early hides its dependants' inputs too.
 */
export function resolveVisibility(prepared: PreparedQuestions, answers: ReadonlyMap<string, AnswerValue>): Visibility {
  const seen = new Map<string, AnswerValue>();
  const hidden = new Set<string>();
  const hiddenOptions = new Map<string, Set<string>>();
  for (const { question, visibleIf, optionConditions } of prepared.questions) {
    if (visibleIf !== null && !visibleIf(seen)) {
      hidden.add(question.id);
      continue;
    }
    let value = answers.get(question.id);
    if (optionConditions.length > 0) {
      const off = new Set(optionConditions.filter((o) => !o.test(seen)).map((o) => o.id));
      if (off.size > 0) {
        hiddenOptions.set(question.id, off);
        value = withoutOptions(value, off);
      }
    }
    if (value !== undefined) seen.set(question.id, value);
  }
  return { seen, hidden, hiddenOptions };
}

/** An answer without the options that are not offered: a single choice of one is no answer; a list drops them. */
function withoutOptions(value: AnswerValue | undefined, off: ReadonlySet<string>): AnswerValue | undefined {
  if (off.size === 0 || value === undefined) return value;
  if (typeof value === 'string') return off.has(value) ? undefined : value;
  if (Array.isArray(value)) {
    const kept = value.filter((id) => !off.has(id));
    return kept.length === 0 ? undefined : kept;
  }
  return value;
}

/**
 * The ids of the questions shown for these answers, for the questionnaire. Values that do not
 * fit their question (e.g. a half-typed number) are treated as unanswered, as the engine does.
 */
export function visibleQuestionIds(
  content: QuestionnaireContent,
  answers: Readonly<Record<string, unknown>>,
): Set<string> {
  return shownQuestionnaire(content, answers).questions;
}

/** What the questionnaire shows for these answers: the visible questions, and the options each one hides. */
export function shownQuestionnaire(
  content: QuestionnaireContent,
  answers: Readonly<Record<string, unknown>>,
): { questions: Set<string>; hiddenOptions: ReadonlyMap<string, ReadonlySet<string>> } {
  const prepared = prepareQuestions(content);
  const usable = new Map<string, AnswerValue>();
  for (const { question } of prepared.questions) {
    const value = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (value !== undefined && value !== null && answerMisfit(question, value) === null)
      usable.set(question.id, value as AnswerValue);
  }
  const { hidden, hiddenOptions } = resolveVisibility(prepared, usable);
  return {
    questions: new Set(prepared.questions.map((q) => q.question.id).filter((id) => !hidden.has(id))),
    hiddenOptions,
  };
}
