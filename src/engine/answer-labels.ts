// Answer labels, shared by the engine, the results page and the workshop views. Zod-free so the
// workshop pages can use it without loading classic zod.
import type { AnswerValue } from '../schema/answer-value.ts';
import { isDontKnow } from '../schema/dont-know.ts';
import type { Question } from '../schema/question.ts';
import { numericBounds } from './answers/answer-fit.ts';
import type { IndexedQuestion } from './prepare.ts';

/** The label of the explicit "don't know" answer. */
export const DONT_KNOW_LABEL = "Don't know";

/** Thousands separators without `Intl`, so the text is identical on every machine. */
export function formatNumber(value: number): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** One option's label, or its id when the content no longer has it. */
export function optionLabel(question: Question, optionId: string): string {
  return question.options?.find((o) => o.id === optionId)?.label ?? optionId;
}

/** A scale point or number as the respondent saw it: "4 of 5", "1 of 5 (Stable)", "250 reps", "1 rep". */
export function numberLabel(question: Question, value: number): string {
  if (question.type === 'scale') {
    const { min, max } = numericBounds(question);
    const [low, high] = question.scaleLabels ?? ['', ''];
    const end = value === min ? ` (${low})` : value === max ? ` (${high})` : '';
    return `${value} of ${max}${end}`;
  }
  const unit = value === 1 ? (question.unitOne ?? question.unit) : question.unit;
  return unit === undefined ? formatNumber(value) : `${formatNumber(value)} ${unit}`;
}

/**
 * An answer as the respondent saw it: option labels, "250 reps", "4 of 5", the text itself, or
 * "Don't know". Empty for no answer (and for blank text).
 */
export function answerText(question: Question, value: AnswerValue | null | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (isDontKnow(value)) return [DONT_KNOW_LABEL];
  if (Array.isArray(value)) return value.map((id) => optionLabel(question, id));
  if (typeof value === 'number') return [numberLabel(question, value)];
  if (question.type === 'single') return [optionLabel(question, value)];
  return value.trim() === '' ? [] : [value];
}

/** `answerText` for an indexed question, as the engine's evidence and changes use it. */
export function answerLabels(entry: IndexedQuestion, value: AnswerValue | undefined): string[] {
  return answerText(entry.question, value);
}
