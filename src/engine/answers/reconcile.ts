import type { AnswerValue } from '../../schema/answer-value.ts';
import type { LooseAnswersDocument } from '../../schema/answers.ts';
import type { QuestionnaireContent } from '../../schema/content-bundle.ts';
import type { SetAsideEntry } from '../../schema/plan/index.ts';
import { prepareQuestions } from '../prepare.ts';
import { answerMisfit } from './answer-fit.ts';

/** Answers checked against the question bank: what the engine can use, and what it set aside. */
export interface ReconciledAnswers {
  /** Usable answers by question id, before visibility is applied. Blank answers have no entry. */
  readonly answers: ReadonlyMap<string, AnswerValue>;
  readonly notes: ReadonlyMap<string, string>;
  /** Unknown question ids and values that do not fit their question, each with the reason. */
  readonly setAside: readonly SetAsideEntry[];
}

const VALUE_PREVIEW = 200;

function preview(value: unknown): string {
  const text = (JSON.stringify(value) as string | undefined) ?? 'undefined';
  return text.length > VALUE_PREVIEW ? `${text.slice(0, VALUE_PREVIEW - 3)}...` : text;
}

/**
 * Check each answer and note of a document against the content. Nothing is dropped silently
 * and nothing throws: an answer to an unknown question (e.g. from an older content version) or
 * a value that does not fit its question is kept in `setAside` with the reason.
 */
export function reconcileAnswers(content: QuestionnaireContent, document: LooseAnswersDocument): ReconciledAnswers {
  const { questionById, movedTo } = prepareQuestions(content);
  const answers = new Map<string, AnswerValue>();
  const notes = new Map<string, string>();
  const setAside: SetAsideEntry[] = [];
  const given = (key: string): boolean => {
    const value: unknown = Object.hasOwn(document.answers, key) ? document.answers[key] : undefined;
    return value !== null && value !== undefined;
  };
  for (const key of Object.keys(document.answers).sort()) {
    const value: unknown = document.answers[key];
    if (value === null || value === undefined) continue;
    const entry = questionById.get(key);
    const moved = entry === undefined ? movedTo.get(key) : undefined;
    if (moved !== undefined) {
      // An answer to a question that has moved is carried over, unless the file also answers the new one.
      const target = questionById.get(moved.to);
      if (target === undefined || given(moved.to)) {
        setAside.push({ part: 'answer', key, value: preview(value), reason: `replaced by the answer to ${moved.to}` });
        continue;
      }
      const carried = carryOver(value, moved.options);
      const reason =
        carried === undefined
          ? `the question is now ${moved.to}, and this answer has no counterpart there`
          : answerMisfit(target.question, carried);
      if (reason === null && carried !== undefined) answers.set(moved.to, carried as AnswerValue);
      else setAside.push({ part: 'answer', key, value: preview(value), reason: reason ?? 'does not fit' });
      continue;
    }
    const reason =
      entry === undefined ? 'no question has this id in the current content' : answerMisfit(entry.question, value);
    if (reason === null) answers.set(key, value as AnswerValue);
    else setAside.push({ part: 'answer', key, value: preview(value), reason });
  }
  for (const key of Object.keys(document.notes).sort()) {
    const note = document.notes[key];
    if (typeof note !== 'string' || note === '') continue;
    const moved = movedTo.get(key)?.to;
    if (questionById.has(key)) notes.set(key, note);
    else if (moved !== undefined && !Object.hasOwn(document.notes, moved)) notes.set(moved, note);
    else
      setAside.push({
        part: 'note',
        key,
        value: preview(note),
        reason: 'no question has this id in the current content',
      });
  }
  return { answers, notes, setAside };
}

/**
 * An old answer in the new question's terms: option ids mapped (a list keeps the ones that map, and
 * none mapping means no counterpart), anything else as it was. `undefined` when nothing carries over.
 */
function carryOver(value: unknown, options: Readonly<Record<string, string>> | undefined): unknown {
  if (options === undefined) return value;
  const map = (id: unknown): string | undefined =>
    typeof id === 'string' && Object.hasOwn(options, id) ? options[id] : undefined;
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) {
    const mapped = value.map(map).filter((id): id is string => id !== undefined);
    return mapped.length === 0 ? undefined : [...new Set(mapped)];
  }
  return value;
}
