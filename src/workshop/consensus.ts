// The team's agreed answers: the defaults from the team view, overridden where the facilitator
// decided otherwise. The team plan is built from this document like any other set of answers.
import type { AnswerValue } from '../schema/answer-value.ts';
import { META_TEXT_MAX } from '../schema/answers-limits.ts';
import type { AnswersDocument } from '../schema/answers.ts';
import type { Decision } from '../schema/plan/alignment.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import { answerText } from './answer-text.ts';
import { answerKey } from './distribution.ts';
import type { QuestionSpread } from './team-view.ts';
import type { Workshop } from './workshop-model.ts';

/** The role written in the consensus document's meta. */
export const CONSENSUS_ROLE = 'Workshop consensus';

/** One decision for the team plan's alignment. */
export type { Decision } from '../schema/plan/alignment.ts';

const cut = (text: string): string => (text.length > META_TEXT_MAX ? `${text.slice(0, META_TEXT_MAX - 1)}…` : text);

/** The agreed answer for one question: the facilitator's override if there is one, else the default. */
export function agreedAnswer(workshop: Workshop, spread: QuestionSpread): AnswerValue | null {
  const entry = Object.hasOwn(workshop.consensus, spread.questionId)
    ? workshop.consensus[spread.questionId]
    : undefined;
  if (entry !== undefined && Object.hasOwn(entry, 'value') && entry.value !== undefined) return entry.value;
  return spread.defaultConsensus;
}

function noteFor(workshop: Workshop, questionId: string): string | null {
  const note = Object.hasOwn(workshop.consensus, questionId) ? workshop.consensus[questionId]?.note : undefined;
  return note === undefined || note.trim() === '' ? null : note;
}

/**
 * The consensus as an answers document: every question's agreed answer (a null override leaves it
 * unanswered), the facilitator's notes, and meta naming the client, the participants (or, if none
 * were entered, the respondents), the role "Workshop consensus" and the workshop date.
 */
export function consensusDocument(
  content: ContentBundle,
  workshop: Workshop,
  spreads: QuestionSpread[],
): AnswersDocument {
  const answers: Record<string, AnswerValue> = {};
  const notes: Record<string, string> = {};
  for (const spread of spreads) {
    const agreed = agreedAnswer(workshop, spread);
    if (agreed !== null) answers[spread.questionId] = agreed;
    const note = noteFor(workshop, spread.questionId);
    if (note !== null) notes[spread.questionId] = note;
  }
  const names =
    workshop.participants.length > 0
      ? workshop.participants.map((p) => p.name)
      : workshop.responses.map((r) => r.respondent);
  return {
    schemaVersion: 1,
    contentVersion: content.settings.contentVersion,
    meta: {
      organisation: cut(workshop.client),
      respondent: cut(
        names
          .map((n) => n.trim())
          .filter((n) => n !== '')
          .join(', '),
      ),
      role: CONSENSUS_ROLE,
      date: workshop.date,
    },
    answers,
    notes,
  };
}

/**
 * The decisions taken, for the PDF: every question someone answered or the facilitator decided on,
 * in questionnaire order, with the default and the agreed answer. An override equal to the default
 * (in any option order) does not count as overridden.
 */
export function decisions(workshop: Workshop, spreads: QuestionSpread[]): Decision[] {
  return spreads.flatMap((spread) => {
    const entry = Object.hasOwn(workshop.consensus, spread.questionId)
      ? workshop.consensus[spread.questionId]
      : undefined;
    if (spread.answered === 0 && entry === undefined) return [];
    const agreed = agreedAnswer(workshop, spread);
    const same = (a: AnswerValue | null, b: AnswerValue | null): boolean =>
      a === null || b === null ? a === b : answerKey(spread.question, a) === answerKey(spread.question, b);
    return [
      {
        questionId: spread.questionId,
        topic: spread.topic,
        prompt: spread.prompt,
        disagreement: spread.disagreement,
        defaultLabels: answerText(spread.question, spread.defaultConsensus),
        agreedLabels: answerText(spread.question, agreed),
        overridden: !same(agreed, spread.defaultConsensus),
        note: noteFor(workshop, spread.questionId),
      },
    ];
  });
}
