// Counting the team's answers to one question, answer by answer.
import { numericBounds } from '../engine/answers/answer-fit.ts';
import type { AnswerValue } from '../schema/answer-value.ts';
import { isDontKnow } from '../schema/dont-know.ts';
import type { Question } from '../schema/question.ts';
import { DONT_KNOW_LABEL, numberLabel } from './answer-text.ts';

/**
 * The distribution key of "don't know". A colon cannot occur in an option id, a number, or a text
 * key (which starts with "text:"), so it never collides with a real answer.
 */
export const DONT_KNOW_KEY = ':dont-know';

/** One possible answer and who gave it. */
export interface DistributionEntry {
  /** Option id, scale point or number as text, `text:<lower-cased text>`, or `DONT_KNOW_KEY`. */
  key: string;
  label: string;
  /** People who gave it; on multiple choice, people who chose this option among others. */
  count: number;
  /** Their roles, in the order they first appear. */
  roles: string[];
}

/** A canonical key for a whole answer, so equal answers (in any option order) compare equal. */
export function answerKey(question: Question, value: AnswerValue): string {
  if (isDontKnow(value)) return DONT_KNOW_KEY;
  if (Array.isArray(value)) return [...value].sort().join(',');
  if (typeof value === 'number') return String(value);
  return question.type === 'single' ? value : textKey(value);
}

const textKey = (text: string): string => `text:${text.trim().toLowerCase()}`;

/** The keys one answer counts towards: each chosen option on multiple choice, otherwise one. */
function keysOf(question: Question, value: AnswerValue): string[] {
  if (Array.isArray(value) && !isDontKnow(value)) return value;
  return [answerKey(question, value)];
}

/**
 * Every answer the question offers, in its own order, with counts: all options or all scale
 * points (zero counts included, so charts line up), numbers ascending and texts in the order
 * first given; then "don't know" when the question offers it.
 */
export function distribution(
  question: Question,
  given: readonly { role: string; value: AnswerValue }[],
): DistributionEntry[] {
  const possible = new Map<string, string>();
  if (question.type === 'single' || question.type === 'multiple') {
    for (const o of question.options ?? []) possible.set(o.id, o.label);
  } else if (question.type === 'scale') {
    const { min, max } = numericBounds(question);
    for (let point = min; point <= max; point += 1) possible.set(String(point), numberLabel(question, point));
  } else if (question.type === 'number') {
    const numbers = given.map((g) => g.value).filter((v): v is number => typeof v === 'number');
    for (const n of [...new Set(numbers)].sort((a, b) => a - b)) possible.set(String(n), numberLabel(question, n));
  } else {
    for (const { value } of given)
      if (typeof value === 'string' && !possible.has(textKey(value))) possible.set(textKey(value), value.trim());
  }
  if (question.allowDontKnow) possible.set(DONT_KNOW_KEY, DONT_KNOW_LABEL);
  const entries = new Map(
    [...possible].map(([key, label]): [string, DistributionEntry] => [key, { key, label, count: 0, roles: [] }]),
  );
  for (const { role, value } of given) {
    for (const key of keysOf(question, value)) {
      const entry = entries.get(key);
      if (entry === undefined) continue;
      entry.count += 1;
      if (!entry.roles.some((r) => r.toLowerCase() === role.toLowerCase())) entry.roles.push(role);
    }
  }
  return [...entries.values()];
}
