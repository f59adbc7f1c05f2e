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
import { respondentKey, type ConsensusEntry, type Participant, type Workshop } from './workshop-model.ts';
import type { Confidence } from '../schema/plan/open-questions.ts';

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
 * unanswered), the facilitator's notes, and meta naming the client, the respondents (never an
 * expected participant who did not answer), the role "Workshop consensus" and the workshop date.
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
  // Only people who answered are respondents; expected participants who did not are listed apart (`notAnswered`).
  const names = workshop.responses.map((r) => r.respondent);
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
        settled: isSettled(workshop, spread),
        note: noteFor(workshop, spread.questionId),
      },
    ];
  });
}

/** The entry the facilitator recorded for a question, if any. */
function entryFor(workshop: Workshop, questionId: string): ConsensusEntry | undefined {
  return Object.hasOwn(workshop.consensus, questionId) ? workshop.consensus[questionId] : undefined;
}

/** True when the respondents gave more than one different answer to the question. */
export function respondentsDiffer(spread: QuestionSpread): boolean {
  return spread.distinctAnswers > 1;
}

/**
 * Whether the agreed answer is settled: everyone gave the same answer, or the facilitator chose an
 * answer or confirmed the default. Where the team differs and neither happened, the default is only
 * a starting point: "not yet agreed".
 */
export function isSettled(workshop: Workshop, spread: QuestionSpread): boolean {
  if (!respondentsDiffer(spread)) return true;
  const entry = entryFor(workshop, spread.questionId);
  return (
    entry?.confirmed === true || (entry !== undefined && Object.hasOwn(entry, 'value') && entry.value !== undefined)
  );
}

/** The questions the team answered differently whose agreed answer nobody has settled, in questionnaire order. */
export function unsettledQuestions(workshop: Workshop, spreads: readonly QuestionSpread[]): QuestionSpread[] {
  return spreads.filter((s) => s.answered > 0 && !isSettled(workshop, s));
}

/** Points the team plan's confidence loses for each question the team has not yet agreed. */
export const UNSETTLED_PENALTY = 10;

/**
 * The team plan's confidence: the plan's own, less `UNSETTLED_PENALTY` points for every question
 * the team answered differently and has not yet agreed, with a statement naming them, so a plan
 * built from defaults never reads as settled.
 */
export function teamConfidence(confidence: Confidence, unsettled: readonly QuestionSpread[]): Confidence {
  if (unsettled.length === 0) return confidence;
  const score = Math.max(0, confidence.score - UNSETTLED_PENALTY * unsettled.length);
  const level = score >= 80 ? 'high' : score >= 50 ? 'medium' : 'low';
  const topics = unsettled.map((s) => s.topic);
  const named =
    topics.length > 5 ? `${topics.slice(0, 5).join(', ')} and ${topics.length - 5} more` : topics.join(', ');
  const count = unsettled.length === 1 ? 'One question' : `${unsettled.length} questions`;
  return {
    ...confidence,
    score,
    level,
    statement: `${confidence.statement} ${count} the team answered differently ${unsettled.length === 1 ? 'is' : 'are'} not yet agreed (${named}); the plan uses the default answer there, and each takes ${UNSETTLED_PENALTY} points off the confidence until the facilitator confirms or changes it.`,
  };
}

/** Expected participants with no response (names matched as `respondentKey` matches them). */
export function notAnswered(workshop: Workshop): Participant[] {
  const responded = new Set(workshop.responses.map((r) => respondentKey(r.respondent)));
  return workshop.participants.filter((p) => !responded.has(respondentKey(p.name)));
}
