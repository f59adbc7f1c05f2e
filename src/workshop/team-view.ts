// The team view: for every question, how the team answered, by answer and by role, and how much
// it disagrees. Answers are read as the engine reads them (see `usableAnswers`).
import { numericBounds } from '../engine/answers/answer-fit.ts';
import { prepareContent } from '../engine/prepare.ts';
import type { AnswerValue } from '../schema/answer-value.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import { isDontKnow } from '../schema/dont-know.ts';
import type { Question, Section } from '../schema/question.ts';
import type { QuestionType } from '../schema/question-types.ts';
import { answerText } from './answer-text.ts';
import { defaultConsensus } from './default-consensus.ts';
import {
  type DisagreementMeasure,
  choiceDisagreement,
  multipleDisagreement,
  numberDisagreement,
  scaleDisagreement,
} from './disagreement.ts';
import { answerKey, distribution, DONT_KNOW_KEY, type DistributionEntry } from './distribution.ts';
import { usableAnswers } from './usable-answers.ts';
import type { WorkshopResponse } from './workshop-model.ts';

export { DONT_KNOW_KEY, type DistributionEntry };

/** Shown for a response with no respondent name or no role. */
export const UNNAMED_RESPONDENT = 'Unnamed respondent';
/** Shown, and grouped under, for a response whose role is blank. */
export const NO_ROLE = 'No role given';

/** One person's answer to one question. */
export interface RespondentAnswer {
  respondent: string;
  labels: string[];
  value: AnswerValue;
}

/** The answers of everyone sharing a role (roles match ignoring case and surrounding spaces). */
export interface RoleAnswers {
  role: string;
  answers: RespondentAnswer[];
  /** The role's own default consensus (majority or median), to compare roles. */
  majority: AnswerValue | null;
  majorityLabels: string[];
}

/** How the team answered one question. */
export interface QuestionSpread {
  questionId: string;
  sectionId: string;
  sectionTitle: string;
  topic: string;
  prompt: string;
  type: QuestionType;
  /** The question itself, to label any value (e.g. an override) with `answerText`. */
  question: Question;
  /** People with a usable answer, "don't know" included. */
  answered: number;
  dontKnow: number;
  /** How many different answers were given (a multiple-choice answer is its set of options). */
  distinctAnswers: number;
  /** Every possible answer in the question's order (options, scale points; numbers and texts as given), with counts. */
  distribution: DistributionEntry[];
  /** Roles in the order they first appear among the responses. */
  byRole: RoleAnswers[];
  /** 0..1, or null when fewer than two answers count (see `DISAGREEMENT_EXPLANATION`). */
  disagreement: number | null;
  measure: DisagreementMeasure;
  /** The starting point for the agreed answer (see `CONSENSUS_RULES`). */
  defaultConsensus: AnswerValue | null;
  defaultConsensusLabels: string[];
}

interface Given {
  respondent: string;
  role: string;
  value: AnswerValue;
}

const MEASURES: Record<QuestionType, DisagreementMeasure> = {
  single: 'choice',
  multiple: 'multiple',
  scale: 'ordinal',
  number: 'ordinal',
  text: 'text',
  longtext: 'text',
};

/** Every question in questionnaire order, with the team's answers, their spread and a default consensus. */
export function teamView(content: ContentBundle, responses: readonly WorkshopResponse[]): QuestionSpread[] {
  const prepared = prepareContent(content);
  const people = responses.map((r) => ({
    respondent: r.respondent.trim() === '' ? UNNAMED_RESPONDENT : r.respondent.trim(),
    role: r.role.trim() === '' ? NO_ROLE : r.role.trim(),
    answers: usableAnswers(prepared, r.document),
  }));
  return prepared.questions.map(({ question, section }) => {
    const given: Given[] = people.flatMap(({ respondent, role, answers }) => {
      const value = answers.get(question.id);
      return value === undefined ? [] : [{ respondent, role, value }];
    });
    return spreadOf(question, section, given);
  });
}

function spreadOf(question: Question, section: Section, given: readonly Given[]): QuestionSpread {
  const values = given.map((g) => g.value);
  const entries = distribution(question, given);
  const consensus = defaultConsensus(question, values);
  return {
    questionId: question.id,
    sectionId: section.id,
    sectionTitle: section.title,
    topic: question.topic,
    prompt: question.prompt,
    type: question.type,
    question,
    answered: given.length,
    dontKnow: values.filter((v) => isDontKnow(v)).length,
    distinctAnswers: new Set(values.map((v) => answerKey(question, v))).size,
    distribution: entries,
    byRole: byRole(question, given),
    disagreement: disagreementOf(question, values, entries),
    measure: MEASURES[question.type],
    defaultConsensus: consensus,
    defaultConsensusLabels: answerText(question, consensus),
  };
}

function disagreementOf(
  question: Question,
  values: readonly AnswerValue[],
  entries: readonly DistributionEntry[],
): number | null {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  switch (MEASURES[question.type]) {
    case 'choice':
      return choiceDisagreement(
        entries.map((e) => e.count),
        entries.length,
      );
    case 'multiple':
      return multipleDisagreement(values.map((v) => new Set(isDontKnow(v) ? [DONT_KNOW_KEY] : (v as string[]))));
    case 'ordinal':
      if (question.type === 'number') return numberDisagreement(numbers);
      return scaleDisagreement(numbers, numericBounds(question).min, numericBounds(question).max);
    case 'text':
      return null;
  }
}

function byRole(question: Question, given: readonly Given[]): RoleAnswers[] {
  const groups = new Map<string, { role: string; given: Given[] }>();
  for (const g of given) {
    const key = g.role.toLowerCase();
    const group = groups.get(key) ?? { role: g.role, given: [] };
    group.given.push(g);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ role, given: members }) => {
    const majority = defaultConsensus(
      question,
      members.map((m) => m.value),
    );
    return {
      role,
      answers: members.map((m) => ({
        respondent: m.respondent,
        labels: answerText(question, m.value),
        value: m.value,
      })),
      majority,
      majorityLabels: answerText(question, majority),
    };
  });
}
