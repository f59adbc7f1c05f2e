import type { AnswerValue } from '../../schema/answer-value.ts';
import { META_TEXT_MAX } from '../../schema/answers-limits.ts';
import { DONT_KNOW, isDontKnow } from '../../schema/dont-know.ts';
import type { AnswersDocument } from '../../schema/answers.ts';
import type { Question } from '../../schema/question.ts';
import { parseNumberInput } from './number-input.ts';

const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

/**
 * What a field holds while the respondent edits it: option ids for choices, and the raw text of
 * number and scale inputs (so a half-typed number is kept, then validated).
 */
export type RawValue = string | string[];

/** The form's values. Keys are question ids with the dot replaced (see `fieldKey`). */
export interface FormValues {
  meta: { organisation: string; respondent: string; role: string };
  answers: Record<string, RawValue>;
  dontKnow: Record<string, boolean>;
  notes: Record<string, string>;
}

/** The radio value that stands for "don't know" in single-choice and scale questions. */
export const DONT_KNOW_OPTION = '__dont-know__';

/** Types whose "don't know" is a radio in the same group; the others use a checkbox. */
export const usesDontKnowRadio = (question: Question): boolean =>
  question.type === 'single' || question.type === 'scale';

/** react-hook-form reads dots as nesting, so `readiness.objective` is stored as `readiness~objective`. */
export const fieldKey = (questionId: string): string => questionId.replace('.', '~');

/** The empty value of a field of this type. */
export function emptyRaw(question: Question): RawValue {
  return question.type === 'multiple' ? [] : '';
}

/** The field value for a stored answer. */
export function toRaw(question: Question, value: AnswerValue | null | undefined): RawValue {
  if (value !== undefined && value !== null && isDontKnow(value) && usesDontKnowRadio(question))
    return DONT_KNOW_OPTION;
  if (value === undefined || value === null || isDontKnow(value)) return emptyRaw(question);
  if (question.type === 'multiple') return Array.isArray(value) ? [...value] : [];
  if (Array.isArray(value)) return '';
  return String(value);
}

/**
 * The answer for a field value, or undefined when blank. Numbers that do not parse are kept as
 * blank here; the step's validation reports them before the respondent moves on.
 */
export function fromRaw(question: Question, raw: RawValue | undefined, dontKnow: boolean): AnswerValue | undefined {
  if (question.allowDontKnow && (raw === DONT_KNOW_OPTION || (dontKnow && !usesDontKnowRadio(question))))
    return DONT_KNOW;
  if (raw === undefined || raw === DONT_KNOW_OPTION) return undefined;
  switch (question.type) {
    case 'multiple':
      return Array.isArray(raw) && raw.length > 0 ? [...raw] : undefined;
    case 'scale':
    case 'number': {
      if (typeof raw !== 'string' || raw.trim() === '') return undefined;
      return (question.type === 'number' ? parseNumberInput(raw) : finite(Number(raw.trim()))) ?? undefined;
    }
    case 'single':
    case 'text':
    case 'longtext':
      return typeof raw === 'string' && raw.trim() !== '' ? raw : undefined;
  }
}

/** Form values for a stored document. Answers to questions no longer in the bank are left out here and kept in the document. */
export function documentToForm(questions: readonly Question[], document: AnswersDocument): FormValues {
  const values: FormValues = {
    meta: { organisation: document.meta.organisation, respondent: document.meta.respondent, role: document.meta.role },
    answers: {},
    dontKnow: {},
    notes: {},
  };
  for (const q of questions) {
    const key = fieldKey(q.id);
    const stored = Object.hasOwn(document.answers, q.id) ? document.answers[q.id] : undefined;
    values.answers[key] = toRaw(q, stored);
    values.dontKnow[key] = stored !== undefined && stored !== null && isDontKnow(stored) && !usesDontKnowRadio(q);
    values.notes[key] = Object.hasOwn(document.notes, q.id) ? (document.notes[q.id] ?? '') : '';
  }
  return values;
}

/**
 * The document for the current form values. Answers the form does not show (other content
 * versions) are carried over unchanged, so that saving never drops them.
 */
export function formToDocument(
  questions: readonly Question[],
  values: FormValues,
  previous: AnswersDocument,
): AnswersDocument {
  const shown = new Set(questions.map((q) => q.id));
  const answers: AnswersDocument['answers'] = {};
  const notes: AnswersDocument['notes'] = {};
  for (const [id, value] of Object.entries(previous.answers)) if (!shown.has(id)) answers[id] = value;
  for (const [id, note] of Object.entries(previous.notes)) if (!shown.has(id)) notes[id] = note;
  for (const q of questions) {
    const key = fieldKey(q.id);
    const value = fromRaw(q, values.answers[key], values.dontKnow[key] === true);
    if (value !== undefined) answers[q.id] = value;
    const note = values.notes[key] ?? '';
    if (note.trim() !== '') notes[q.id] = note;
  }
  return {
    ...previous,
    meta: {
      ...previous.meta,
      organisation: values.meta.organisation.slice(0, META_TEXT_MAX),
      respondent: values.meta.respondent.slice(0, META_TEXT_MAX),
      role: values.meta.role.slice(0, META_TEXT_MAX),
    },
    answers,
    notes,
  };
}

/** Whether a question counts as answered for progress: any answer, including "don't know". */
export function isAnswered(question: Question, values: FormValues): boolean {
  const key = fieldKey(question.id);
  return fromRaw(question, values.answers[key], values.dontKnow[key] === true) !== undefined;
}
