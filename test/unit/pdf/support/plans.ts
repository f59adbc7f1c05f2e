/**
 * Plans built with the engine from the real content, with answers generated from the question
 * bank, so new questions and rules are covered without editing the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswersJson } from '../../../../src/engine/answers/parse.ts';
import { buildPlan } from '../../../../src/engine/build-plan.ts';
import { START_DATE_QUESTION } from '../../../../src/engine/prepare.ts';
import type { LooseAnswersDocument } from '../../../../src/schema/answers.ts';
import type { ContentBundle } from '../../../../src/schema/content-bundle.ts';
import type { Plan } from '../../../../src/schema/plan/index.ts';
import { PROJECT_ROOT, realContent } from '../../../support/content-fixtures.ts';
import type { Question } from '../../../../src/schema/question.ts';

export { PROJECT_ROOT, realContent } from '../../../support/content-fixtures.ts';

export interface AnswerOptions {
  readonly organisation?: string;
  readonly notes?: Readonly<Record<string, string>>;
  /** Only questions of these sections are answered; all when left out. */
  readonly sections?: readonly string[];
  /** The rollout start date answered; the question is left blank when null. */
  readonly startDate?: string | null;
  /** Answers that replace the generated ones, e.g. a field force large enough for a management cascade. */
  readonly answers?: Readonly<Record<string, unknown>>;
}

/**
 * One answer per question: the last option of a single choice, the first of a multiple choice,
 * the minimum of a number or scale, a short text (or the start date) for text questions.
 */
function answerFor(q: Question, startDate: string | null): unknown {
  switch (q.type) {
    case 'single':
      return q.options?.at(-1)?.id;
    case 'multiple':
      return q.options?.[0] === undefined ? [] : [q.options[0].id];
    case 'number':
    case 'scale':
      return q.min ?? 1;
    case 'text':
    case 'longtext':
      return q.id === START_DATE_QUESTION ? startDate : `Answer to ${q.topic}`;
  }
}

/** An answers document built from the question bank. */
export function answersDocument(content: ContentBundle, options: AnswerOptions = {}): LooseAnswersDocument {
  const startDate = options.startDate === undefined ? '2025-04-07' : options.startDate;
  const answers: Record<string, unknown> = {};
  for (const section of content.sections) {
    if (options.sections !== undefined && !options.sections.includes(section.id)) continue;
    for (const q of section.questions) {
      const value = answerFor(q, startDate);
      if (value !== null && value !== undefined) answers[q.id] = value;
    }
  }
  Object.assign(answers, options.answers);
  return {
    schemaVersion: 1,
    contentVersion: content.settings.contentVersion,
    meta: {
      organisation: options.organisation ?? 'Northwind Médical',
      respondent: 'Dana Whitfield',
      role: 'VP Sales',
      date: '2025-03-03',
    },
    answers,
    notes: { ...options.notes },
  };
}

/** A plan from answers to every question. */
export function fullPlan(options: AnswerOptions = {}): Plan {
  const content = realContent();
  return buildPlan(content, answersDocument(content, options));
}

/** A plan from answers to the readiness section only: readiness is partly scored, most of the plan is open. */
export function partialPlan(options: AnswerOptions = {}): Plan {
  const content = realContent();
  return buildPlan(content, answersDocument(content, { ...options, sections: ['readiness'], startDate: null }));
}

/** The plan for an answers file in the repository, e.g. `test/fixtures/expert-cases/ec-02-dental-supplies.json`. */
export function planFromFile(file: string): Plan {
  const parsed = parseAnswersJson(readFileSync(join(PROJECT_ROOT, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return buildPlan(realContent(), parsed.document);
}

/**
 * EC-07 with its inside-sales channel left over capacity, as a plan whose capacity could not be fitted
 * shows it (the engine fits both calling channels whenever their figures are known, so no real answers
 * leave one over the band): 30 people x 2,400 conversations against 31,440 accounts x 3, with advice.
 */
export function overCapacityPlan(): Plan {
  const plan = planFromFile('test/fixtures/expert-cases/ec-07-telecom-smb.json');
  const { capacity } = plan.design;
  const inside = {
    channel: 'inside-sales' as const,
    people: 30,
    perPerson: 2400,
    supply: 72_000,
    demand: 94_320,
    demandBy: [{ segmentId: 'core', name: 'Core', units: 31_440, callsPerYear: 3 }],
    utilisation: 1.31,
    missing: [],
  };
  return {
    ...plan,
    design: {
      ...plan.design,
      capacity: {
        ...capacity,
        channels: capacity.channels.map((c) => (c.channel === 'inside-sales' ? inside : c)),
        advice: [
          ...capacity.advice,
          "The inside-sales design still asks for 94,320 conversations a year against a capacity of 72,000 (131%): cut the lowest inside-sales segment's frequency or reach further, or add people, before launch.",
        ],
      },
    },
  };
}
