import * as z from 'zod/mini';
import { START_DATE_QUESTION } from '../../engine/known-questions.ts';
import { isCalendarDate } from '../../schema/calendar-date.ts';
import type { Question } from '../../schema/question.ts';
import { DONT_KNOW_OPTION, fieldKey, type FormValues } from './form-values.ts';
import { formatInputNumber, parseNumberInput } from './number-input.ts';

/** Whether a text question takes a date: the rollout start, which the plan dates every phase from. */
export const isDateQuestion = (question: Question): boolean =>
  question.type === 'text' && question.id === START_DATE_QUESTION;

/** The message for a field that fails validation, in the respondent's terms. */
export function fieldError(question: Question, raw: unknown, dontKnow: boolean): string | null {
  if (question.allowDontKnow && (dontKnow || raw === DONT_KNOW_OPTION)) return null;
  // A radio group with nothing checked reads as null once it has been focused and left.
  const blank =
    raw === undefined ||
    raw === null ||
    raw === '' ||
    (Array.isArray(raw) && raw.length === 0) ||
    (typeof raw === 'string' && raw.trim() === '');
  if (blank) {
    if (!question.required) return null;
    if (question.type === 'multiple')
      return question.allowDontKnow ? 'Choose at least one option, or "Don\'t know".' : 'Choose at least one option.';
    if (question.type === 'single' || question.type === 'scale')
      return question.allowDontKnow ? 'Choose an answer, or "Don\'t know".' : 'Choose an answer.';
    return question.allowDontKnow ? 'Enter an answer, or tick "Don\'t know".' : 'Enter an answer.';
  }
  if (question.type === 'number' && typeof raw === 'string') {
    const n = parseNumberInput(raw);
    const min = question.min ?? -Infinity;
    const max = question.max ?? Infinity;
    const whole = question.integer === true;
    const expected = `${whole ? 'a whole number' : 'a number'} from ${formatInputNumber(min)} to ${formatInputNumber(max)}`;
    if (n === null) return `“${raw.trim()}” is not a number. Enter ${expected}, in digits.`;
    if (whole && !Number.isInteger(n)) return `Enter ${expected}.`;
    if (n < min || n > max) return `Enter ${expected}.`;
  }
  if (isDateQuestion(question) && typeof raw === 'string' && !isCalendarDate(raw.trim())) {
    return `“${raw.trim()}” is not a date. Pick a day in the calendar, or type it as YYYY-MM-DD.`;
  }
  if (
    (question.type === 'text' || question.type === 'longtext') &&
    typeof raw === 'string' &&
    question.maxLength !== undefined &&
    raw.length > question.maxLength
  ) {
    return `Keep this under ${question.maxLength} characters (it has ${raw.length}).`;
  }
  return null;
}

/**
 * The zod schema for one step: built from the step's visible questions, so each step validates
 * only its own fields, and hidden questions never block the respondent. zod/mini keeps the
 * questionnaire's first load small.
 */
export function stepSchema(questions: readonly Question[]): z.ZodMiniType<FormValues, FormValues> {
  return z.custom<FormValues>().check(
    z.superRefine((values, ctx) => {
      for (const question of questions) {
        const key = fieldKey(question.id);
        const message = fieldError(question, values.answers[key], values.dontKnow[key] === true);
        if (message !== null) ctx.addIssue({ code: 'custom', path: ['answers', key], message });
      }
    }),
  );
}
