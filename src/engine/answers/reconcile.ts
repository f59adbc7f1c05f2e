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
  const { questionById } = prepareQuestions(content);
  const answers = new Map<string, AnswerValue>();
  const notes = new Map<string, string>();
  const setAside: SetAsideEntry[] = [];
  for (const key of Object.keys(document.answers).sort()) {
    const value: unknown = document.answers[key];
    if (value === null || value === undefined) continue;
    const entry = questionById.get(key);
    const reason =
      entry === undefined ? 'no question has this id in the current content' : answerMisfit(entry.question, value);
    if (reason === null) answers.set(key, value as AnswerValue);
    else setAside.push({ part: 'answer', key, value: preview(value), reason });
  }
  for (const key of Object.keys(document.notes).sort()) {
    const note = document.notes[key];
    if (typeof note !== 'string' || note === '') continue;
    if (questionById.has(key)) notes.set(key, note);
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
