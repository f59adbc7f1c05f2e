import { reconcileAnswers } from '../engine/answers/reconcile.ts';
import { prepareQuestions } from '../engine/prepare.ts';
import type { AnswerValue } from '../schema/answer-value.ts';
import type { AnswersDocument, LooseAnswersDocument } from '../schema/answers.ts';
import type { QuestionnaireContent } from '../schema/content-bundle.ts';
import type { SetAsideEntry } from '../schema/plan/index.ts';

/** An incoming document reduced to what fits the current questions, with the rest listed. */
export interface ReconciledDocument {
  /** Only answers and notes that fit the current content, in question order. */
  readonly document: AnswersDocument;
  /** Unknown question ids and values that do not fit, each with the reason, for the user to see. */
  readonly setAside: SetAsideEntry[];
  /** Plain sentences about the import, e.g. a content-version difference. */
  readonly notices: string[];
}

/**
 * Check an incoming answers document (from a file or a share link) against the content. What
 * does not fit is set aside with its reason rather than dropped silently, so the document kept
 * in the browser holds only answers the questionnaire can show. `$schema` and `guide` (help for a
 * person filling in a template) are not carried over; blank answers (`null`) are left out.
 */
export function reconciledDocument(content: QuestionnaireContent, incoming: LooseAnswersDocument): ReconciledDocument {
  const reconciled = reconcileAnswers(content, incoming);
  const answers: Record<string, AnswerValue> = {};
  const notes: Record<string, string> = {};
  for (const { question } of prepareQuestions(content).questions) {
    const value = reconciled.answers.get(question.id);
    if (value !== undefined) answers[question.id] = value;
    const note = reconciled.notes.get(question.id);
    if (note !== undefined) notes[question.id] = note;
  }
  const notices: string[] = [];
  const current = content.settings.contentVersion;
  if (incoming.contentVersion !== current) {
    notices.push(
      `These answers were given against questionnaire version ${incoming.contentVersion}; this site uses version ${current}, so answers that no longer fit are set aside.`,
    );
  }
  const count = reconciled.setAside.length;
  if (count > 0) {
    notices.push(
      `${count} answer${count === 1 ? ' or note does' : 's or notes do'} not fit the current questions and ${count === 1 ? 'was' : 'were'} set aside; each is listed with the reason.`,
    );
  }
  return {
    document: {
      schemaVersion: 1,
      contentVersion: incoming.contentVersion,
      meta: { ...incoming.meta },
      answers,
      notes,
    },
    setAside: [...reconciled.setAside],
    notices,
  };
}
