import type { AnswerValue } from '../schema/answer-value.ts';
import { isDontKnow } from '../schema/answer-value.ts';
import { numericBounds } from './answers/answer-fit.ts';
import type { IndexedQuestion } from './prepare.ts';

/** Thousands separators without `Intl`, so the text is identical on every machine. */
export function formatNumber(value: number): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * An answer as the respondent saw it: option labels, "250 reps", "4 of 5", the text itself,
 * or "Don't know". Empty for no answer.
 */
export function answerLabels(entry: IndexedQuestion, value: AnswerValue | undefined): string[] {
  if (value === undefined) return [];
  if (isDontKnow(value)) return ["Don't know"];
  const { question, optionLabels } = entry;
  if (Array.isArray(value)) return value.map((id) => optionLabels.get(id) ?? id);
  if (typeof value === 'number') {
    if (question.type === 'scale') {
      const { min, max } = numericBounds(question);
      const [low, high] = question.scaleLabels ?? ['', ''];
      const end = value === min ? ` (${low})` : value === max ? ` (${high})` : '';
      return [`${value} of ${max}${end}`];
    }
    return [question.unit === undefined ? formatNumber(value) : `${formatNumber(value)} ${question.unit}`];
  }
  if (question.type === 'single') return [optionLabels.get(value) ?? value];
  return value.trim() === '' ? [] : [value];
}
