/**
 * Realistic answers for the workshop tests and `scripts/bench-workshop.ts`: a fully answered
 * questionnaire built from the real content, and many varied responses derived from the
 * hand-written answer fixtures. Everything is deterministic (a seeded generator), so a failing
 * test fails the same way every time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { answerMisfit } from '../../../../src/engine/answers/answer-fit.ts';
import type { AnswerValue } from '../../../../src/schema/answer-value.ts';
import type { AnswersDocument } from '../../../../src/schema/answers.ts';
import type { ContentBundle } from '../../../../src/schema/content-bundle.ts';
import { DONT_KNOW } from '../../../../src/schema/dont-know.ts';
import type { Question } from '../../../../src/schema/question.ts';
import type { WorkshopResponse } from '../../../../src/workshop/workshop-model.ts';

const FIXTURES = resolve(import.meta.dirname, '..', '..', '..', 'fixtures', 'answers');

/** The hand-written answer fixtures, as parsed JSON. */
export function answerFixtures(): AnswersDocument[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as AnswersDocument);
}

const questionsOf = (content: ContentBundle): Question[] => content.sections.flatMap((s) => s.questions);

/** Typical text answers, by question id; other text questions get a department name. */
const TEXT_ANSWERS: Record<string, string> = {
  'rollout.start-date': '2025-09-01',
  'systems.crm-owner': 'Sales operations (CRM admin team)',
  'cadence.owner': 'Director, Sales Force Effectiveness',
};

/** A plausible answer for a question no fixture answers: a middle option, a few options, a middle number. */
function plausibleAnswer(question: Question): AnswerValue {
  const options = (question.options ?? []).filter((o) => o.exclusive !== true).map((o) => o.id);
  switch (question.type) {
    case 'single':
      return options[Math.floor(options.length / 2)] ?? '';
    case 'multiple':
      return options.slice(0, 3);
    case 'scale':
      return 3;
    case 'number':
      return Math.min(question.max ?? 100, Math.max(question.min ?? 1, 12));
    case 'text':
    case 'longtext':
      return TEXT_ANSWERS[question.id] ?? 'Revenue operations';
  }
}

/**
 * Every question of the content answered, without notes: the fullest fixture's answers where
 * they fit the current questions, a plausible answer elsewhere. Visibility is ignored on purpose,
 * so this is the largest realistic set of answers a share link has to carry.
 */
export function fullyAnsweredDocument(content: ContentBundle): AnswersDocument {
  const fullest = answerFixtures().sort((a, b) => Object.keys(b.answers).length - Object.keys(a.answers).length)[0];
  const answers: Record<string, AnswerValue> = {};
  for (const question of questionsOf(content)) {
    const given = fullest?.answers[question.id];
    answers[question.id] =
      given !== undefined && given !== null && answerMisfit(question, given) === null
        ? given
        : plausibleAnswer(question);
  }
  return {
    schemaVersion: 1,
    contentVersion: content.settings.contentVersion,
    meta: fullest?.meta ?? { organisation: 'Acme', respondent: 'Ann', role: 'Sales VP', date: '2025-03-03' },
    answers,
    notes: {},
  };
}

/** A small seeded generator (mulberry32), so "random" variation is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomAnswer(question: Question, random: () => number, base: AnswerValue | undefined): AnswerValue {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  if (question.allowDontKnow && random() < 0.08) return DONT_KNOW;
  const options = question.options ?? [];
  switch (question.type) {
    case 'single':
      return pick(options).id;
    case 'multiple': {
      const exclusive = options.filter((o) => o.exclusive === true);
      if (exclusive.length > 0 && random() < 0.1) return [pick(exclusive).id];
      const open = options.filter((o) => o.exclusive !== true).map((o) => o.id);
      return open.filter(() => random() < 0.4).slice(0, 5);
    }
    case 'scale':
      return 1 + Math.floor(random() * 5);
    case 'number': {
      const centre = typeof base === 'number' ? base : 50;
      const value = Math.round(centre * (0.5 + random() * 1.5));
      return Math.min(question.max ?? value, Math.max(question.min ?? value, value));
    }
    case 'text':
    case 'longtext':
      return TEXT_ANSWERS[question.id] ?? pick(['Revenue operations', 'Sales operations', 'Marketing operations']);
  }
}

/** Roles a client team brings to a workshop. */
export const WORKSHOP_ROLES = ['Sales VP', 'Sales operations', 'Marketing', 'Regional manager', 'Finance'] as const;

/**
 * `count` workshop responses: each starts from one of the answer fixtures, changes about a
 * quarter of its answers and fills most of the gaps, so the team agrees on some questions and
 * splits on others, as real teams do.
 */
export function realisticResponses(content: ContentBundle, count: number, seed = 7): WorkshopResponse[] {
  const random = seededRandom(seed);
  const fixtures = answerFixtures();
  return Array.from({ length: count }, (_, i): WorkshopResponse => {
    const base = fixtures[i % fixtures.length];
    const answers: Record<string, AnswerValue> = {};
    for (const question of questionsOf(content)) {
      const given = base?.answers[question.id];
      const fits = given !== undefined && given !== null && answerMisfit(question, given) === null;
      if (fits && random() > 0.25) answers[question.id] = given;
      else if (fits || random() < 0.8) answers[question.id] = randomAnswer(question, random, given ?? undefined);
    }
    const respondent = `Participant ${i + 1}`;
    const role = WORKSHOP_ROLES[i % WORKSHOP_ROLES.length] ?? 'Sales VP';
    return {
      respondent,
      role,
      importedAt: new Date(Date.UTC(2025, 5, 16, 9, i)).toISOString(),
      document: {
        schemaVersion: 1,
        contentVersion: content.settings.contentVersion,
        meta: { organisation: 'Northwind Pharma', respondent, role, date: '2025-06-16' },
        answers,
        notes: {},
      },
    };
  });
}
