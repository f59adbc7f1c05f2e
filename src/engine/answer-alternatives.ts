import type { AnswerValue } from '../schema/answer-value.ts';
import { isDontKnow } from '../schema/answer-value.ts';
import { numericBounds } from './answers/answer-fit.ts';
import type { IndexedQuestion } from './prepare.ts';

/**
 * The concrete answers worth trying in place of `current`: every other option (single), each
 * option toggled (multiple), and for numbers the values on either side of every threshold the
 * content compares the question with, plus its bounds. Other values cannot change any rule's
 * outcome, so this finite list covers every distinct outcome. Text questions have none.
 */
export function answerAlternatives(
  entry: IndexedQuestion,
  current: AnswerValue | undefined,
  thresholds: readonly number[],
): AnswerValue[] {
  const { question } = entry;
  const options = question.options ?? [];
  switch (question.type) {
    case 'single':
      return options.map((o) => o.id).filter((id) => id !== current);
    case 'multiple': {
      const chosen = Array.isArray(current) ? current : [];
      return options.map((option) => {
        if (chosen.includes(option.id)) return chosen.filter((id) => id !== option.id);
        if (option.exclusive === true) return [option.id];
        const keep = chosen.filter((id) => options.find((o) => o.id === id)?.exclusive !== true);
        return options.map((o) => o.id).filter((id) => id === option.id || keep.includes(id));
      });
    }
    case 'scale':
    case 'number':
      return numericAlternatives(entry, current, thresholds);
    case 'text':
    case 'longtext':
      return [];
  }
}

function numericAlternatives(
  entry: IndexedQuestion,
  current: AnswerValue | undefined,
  thresholds: readonly number[],
): number[] {
  const { min, max, integer } = numericBounds(entry.question);
  const step = integer ? 1 : 0.01;
  const values = new Set<number>();
  if (Number.isFinite(min)) values.add(min);
  if (Number.isFinite(max)) values.add(max);
  for (const t of thresholds)
    for (const v of [t - step, t, t + step]) values.add(integer ? Math.round(v) : Math.round(v * 100) / 100);
  if (entry.question.type === 'scale') for (let v = min; v <= max; v += 1) values.add(v);
  return [...values].filter((v) => v >= min && v <= max && v !== current).sort((a, b) => a - b);
}

/** How far from its current figure a count may move in a suggestion: up by half or down by a third. */
const COUNT_RATIO = 1.5;

/**
 * Whether `to` is a change worth suggesting. A count (reps, accounts) describes the business more
 * than a choice it can make, so "if you had 1,334 reps instead of 60" tells a team nothing; a
 * count is suggested only near its current figure, where it shows how close the plan is to a
 * threshold. Every other change, and answering an open question, is worth suggesting.
 */
export function isPlausibleChange(entry: IndexedQuestion, from: AnswerValue | undefined, to: AnswerValue): boolean {
  if (entry.question.type !== 'number' || typeof from !== 'number' || typeof to !== 'number') return true;
  const [low, high] = from <= to ? [from, to] : [to, from];
  return low > 0 && high / low <= COUNT_RATIO;
}

/**
 * How big a change from `from` to `to` is, from 0 to 1, so suggestions can prefer the smallest:
 * answering an open question costs 1; moving an ordered answer costs the share of the scale
 * crossed; toggling options costs the share of options toggled; an unordered choice costs 1.
 */
export function changeSize(entry: IndexedQuestion, from: AnswerValue | undefined, to: AnswerValue): number {
  if (from === undefined || isDontKnow(from)) return 1;
  const { question } = entry;
  const ids = (question.options ?? []).map((o) => o.id);
  if (question.type === 'single' && typeof from === 'string' && typeof to === 'string') {
    return question.order === 'ascending' && ids.length > 1
      ? Math.abs(ids.indexOf(from) - ids.indexOf(to)) / (ids.length - 1)
      : 1;
  }
  if (Array.isArray(from) && Array.isArray(to)) {
    const changed = ids.filter((id) => from.includes(id) !== to.includes(id)).length;
    return ids.length === 0 ? 1 : changed / ids.length;
  }
  if (typeof from === 'number' && typeof to === 'number') {
    if (question.type === 'scale') {
      const { min, max } = numericBounds(question);
      return max > min ? Math.abs(to - from) / (max - min) : 1;
    }
    // A count (reps, accounts) describes the business more than a choice it can make, so moving it
    // costs at least half, plus the relative change: 24,000 to 4,499 accounts is a big change.
    return Math.min(1, 0.5 + (0.5 * Math.abs(to - from)) / Math.max(Math.abs(from), Math.abs(to), 1));
  }
  return 1;
}
