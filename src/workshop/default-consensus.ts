// The consensus answer a question starts from, before the facilitator overrides it. The rules are
// stated in `CONSENSUS_RULES` for the page, and each returns an answer that fits the question.
import { DONT_KNOW, isDontKnow } from '../schema/dont-know.ts';
import type { AnswerValue } from '../schema/answer-value.ts';
import type { Question } from '../schema/question.ts';
import { lowerMedian } from './disagreement.ts';

/** How default consensus answers are chosen, in words for the page. */
export const CONSENSUS_RULES =
  'Each question starts from a default agreed answer. Single choice: the most common answer; a tie goes to the option listed first in the question, with "Don\'t know" counting as listed last. ' +
  'Multiple choice: every option chosen by more than half of the people who answered (or "Don\'t know" if more than half said so); when no option reaches that, there is no default. ' +
  'Scales and numbers: the median of the answers given, "Don\'t know" left out; with an even number of answers, the lower of the two middle answers, so the default is always an answer someone gave. ' +
  'Text: the text more than half of the people who answered gave (ignoring case and surrounding spaces), such as a start date everyone agreed; otherwise no default. The facilitator can override any of them.';

/** The default agreed answer from the answers given (each already checked against the question), or null. */
export function defaultConsensus(question: Question, values: readonly AnswerValue[]): AnswerValue | null {
  if (values.length === 0) return null;
  const dontKnow = values.filter((v) => isDontKnow(v)).length;
  switch (question.type) {
    case 'single':
      return mostCommonOption(question, values, dontKnow);
    case 'multiple':
      return majorityOptions(question, values, dontKnow);
    case 'scale':
    case 'number': {
      const median = lowerMedian(values.filter((v): v is number => typeof v === 'number'));
      return median ?? (dontKnow > 0 ? DONT_KNOW : null);
    }
    case 'text':
    case 'longtext':
      return majorityText(values);
  }
}

/** The text a strict majority gave, in the first spelling given; null when no text has a majority. */
function majorityText(values: readonly AnswerValue[]): AnswerValue | null {
  const texts = values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  for (const text of texts) {
    const key = text.trim().toLowerCase();
    if (texts.filter((t) => t.trim().toLowerCase() === key).length * 2 > values.length) return text.trim();
  }
  return null;
}

function mostCommonOption(question: Question, values: readonly AnswerValue[], dontKnow: number): AnswerValue | null {
  let best: { id: string; count: number } | null = null;
  // Options in their listed order, and only a strictly larger count wins: ties go to the earlier option.
  for (const { id } of question.options ?? []) {
    const count = values.filter((v) => v === id).length;
    if (count > 0 && (best === null || count > best.count)) best = { id, count };
  }
  if (dontKnow > 0 && (best === null || dontKnow > best.count)) return DONT_KNOW;
  return best?.id ?? null;
}

function majorityOptions(question: Question, values: readonly AnswerValue[], dontKnow: number): AnswerValue | null {
  const n = values.length;
  if (dontKnow * 2 > n) return DONT_KNOW;
  // A strict majority cannot pair an exclusive option ("none of these") with another option: the
  // people who chose it chose nothing else, so every other option has fewer than half.
  const chosen = (question.options ?? [])
    .map((o) => o.id)
    .filter((id) => values.filter((v) => Array.isArray(v) && v.includes(id)).length * 2 > n);
  return chosen.length === 0 ? null : chosen;
}

/** What `defaultConsensus` needs to say which of its rules chose an answer. */
export interface RuleInput {
  readonly question: Question;
  readonly answered: number;
  readonly dontKnow: number;
  readonly distribution: readonly { readonly key: string; readonly count: number }[];
  readonly defaultConsensus: AnswerValue | null;
}

/**
 * The rule that chose this question's default agreed answer, in a short phrase for the team view
 * and the presenter, e.g. "most common answer, 2 of 3" or "median of 4 answers (the lower middle one)".
 */
export function defaultRule(spread: RuleInput): string {
  const { question, answered, dontKnow, distribution, defaultConsensus: chosen } = spread;
  const of = `of ${answered}`;
  if (chosen === null) {
    if (question.type === 'multiple') return 'no option was chosen by more than half, so there is no default';
    if (question.type === 'text' || question.type === 'longtext')
      return 'no text was given by more than half, so there is no default';
    return 'no default';
  }
  if (isDontKnow(chosen)) return `"Don't know" was the most common answer, ${dontKnow} ${of}`;
  switch (question.type) {
    case 'single': {
      const top = Math.max(...distribution.map((d) => d.count));
      const tied = distribution.filter((d) => d.count === top).length;
      return tied > 1
        ? `a tie at ${top} ${of} each, broken by taking the option listed first`
        : `most common answer, ${top} ${of}`;
    }
    case 'multiple':
      return `every option chosen by more than half of the ${answered} who answered`;
    case 'scale':
    case 'number': {
      const numbers = answered - dontKnow;
      return numbers % 2 === 0
        ? `median of ${numbers} answers (the lower of the two middle ones)`
        : `median of ${numbers} answers`;
    }
    case 'text':
    case 'longtext':
      return `the text more than half gave`;
  }
}
