// What a share link carries, format 1: a JSON array rather than an object, because the field
// names would otherwise take room in every link:
//   [contentVersion, organisation, respondent, role, date, answers, notes?]
// Answers stay keyed by question id with option ids as written, so a link does not depend on the
// order of the questions: a link made before a content change still opens, and reconciliation
// sets aside what no longer fits. The format version itself is in the fragment (`share=1.`).
import { ANSWER_KEY_MAX, CONTENT_VERSION_PATTERN, META_TEXT_MAX, NOTE_MAX } from '../schema/answers-limits.ts';
import { isCalendarDate } from '../schema/calendar-date.ts';
import type { AnswersDocument, LooseAnswersDocument } from '../schema/answers.ts';

const META_FIELDS = ['organisation', 'respondent', 'role'] as const;

/** The format-1 array for a document. Blank answers and empty notes are left out. */
export function payloadFromDocument(document: AnswersDocument): unknown[] {
  const answers = Object.fromEntries(Object.entries(document.answers).filter(([, value]) => value !== null));
  const notes = Object.fromEntries(Object.entries(document.notes).filter(([, note]) => note !== ''));
  const { organisation, respondent, role, date } = document.meta;
  const payload: unknown[] = [document.contentVersion, organisation, respondent, role, date, answers];
  if (Object.keys(notes).length > 0) payload.push(notes);
  return payload;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a record's keys or values cannot be right, or null. */
function recordProblem(record: Record<string, unknown>, what: string, noteValues: boolean): string | null {
  for (const [key, value] of Object.entries(record)) {
    if (key.length > ANSWER_KEY_MAX) return `a key in its ${what} is longer than ${ANSWER_KEY_MAX} characters`;
    if (!noteValues) continue;
    if (typeof value !== 'string') return `the note for "${key}" is not text`;
    if (value.length > NOTE_MAX) return `the note for "${key}" is longer than ${NOTE_MAX} characters`;
  }
  return null;
}

/**
 * The answers document inside a decoded payload, or what is wrong with it in plain words. The
 * answers themselves are not judged here: reconciliation checks each against its question.
 */
export function documentFromPayload(
  value: unknown,
): { readonly ok: true; readonly document: LooseAnswersDocument } | { readonly ok: false; readonly problem: string } {
  const fail = (problem: string) => ({ ok: false, problem }) as const;
  if (!Array.isArray(value) || value.length < 6 || value.length > 7)
    return fail('it is not a list of the expected parts');
  const [contentVersion, organisation, respondent, role, date, answers, notes = {}] = value as unknown[];
  if (typeof contentVersion !== 'string' || !CONTENT_VERSION_PATTERN.test(contentVersion))
    return fail('its questionnaire version is missing or malformed');
  const meta = [organisation, respondent, role];
  for (const [i, field] of META_FIELDS.entries()) {
    const text = meta[i];
    if (typeof text !== 'string' || text.length > META_TEXT_MAX)
      return fail(`its ${field} must be text of at most ${META_TEXT_MAX} characters`);
  }
  if (typeof date !== 'string' || !isCalendarDate(date)) return fail('its date is not a real date written YYYY-MM-DD');
  if (!isPlainObject(answers)) return fail('its answers are not a set of answers by question id');
  if (!isPlainObject(notes)) return fail('its notes are not a set of notes by question id');
  const problem = recordProblem(answers, 'answers', false) ?? recordProblem(notes, 'notes', true);
  if (problem !== null) return fail(problem);
  return {
    ok: true,
    document: {
      schemaVersion: 1,
      contentVersion,
      meta: { organisation: organisation as string, respondent: respondent as string, role: role as string, date },
      answers,
      notes: notes as Record<string, string>,
    },
  };
}
