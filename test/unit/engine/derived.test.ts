import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { conditionEvidence, conditionHolds, conditionQuestions } from '../../../src/engine/conditions.ts';
import { DERIVED, DERIVED_NAMES, derivedBoundaries, derivedValue } from '../../../src/schema/derived.ts';
import { prepareContent } from '../../../src/engine/prepare.ts';
import { thresholdsFor } from '../../../src/engine/question-usage.ts';
import { DONT_KNOW, type AnswerValue } from '../../../src/schema/answer-value.ts';
import type { AnswersDocument } from '../../../src/schema/answers.ts';
import { conditionSchema, type Condition } from '../../../src/schema/condition.ts';
import { sectionSchema } from '../../../src/schema/question.ts';
import { ruleSchema } from '../../../src/schema/rule.ts';
import { realContent } from './support/real-content.ts';
import { answersDoc, SYNTHETIC, syntheticContent } from './support/synthetic-content.ts';

const ACCOUNTS = 'segment-count.accounts';
const REPS = 'segment-count.reps';
const seen = (entries: Record<string, AnswerValue>) => new Map(Object.entries(entries));
const perRep = (get: Record<string, AnswerValue>) => derivedValue('accountsPerRep', (id) => get[id]);
const fewPerRep: Condition = { derived: 'accountsPerRep', op: 'lt', value: 30 };

describe('the derived-number table', () => {
  it('divides accounts by reps for accountsPerRep', () => {
    expect(perRep({ [ACCOUNTS]: 900, [REPS]: 40 })).toBe(22.5);
  });

  it('subtracts the fundable treatments from the planned segments for plannedSegmentsOverTreatments', () => {
    const get: Record<string, AnswerValue> = {
      'segment-count.planned-segments': 6,
      'segment-count.treatments': 4,
    };
    expect(derivedValue('plannedSegmentsOverTreatments', (id) => get[id])).toBe(2);
  });

  it('is unknown when an input is unanswered or "don\'t know"', () => {
    expect(perRep({ [REPS]: 40 })).toBeUndefined();
    expect(perRep({ [ACCOUNTS]: DONT_KNOW, [REPS]: 40 })).toBeUndefined();
    expect(perRep({ [ACCOUNTS]: '900', [REPS]: 40 })).toBeUndefined();
  });

  it('is unknown when the divisor is 0, rather than infinite', () => {
    expect(perRep({ [ACCOUNTS]: 900, [REPS]: 0 })).toBeUndefined();
  });

  it('reads only number questions that exist in the real questionnaire', () => {
    const questions = new Map(
      realContent()
        .sections.flatMap((s) => s.questions)
        .map((q) => [q.id, q]),
    );
    for (const name of DERIVED_NAMES)
      for (const input of DERIVED[name].inputs) expect(questions.get(input)?.type, `${name}: ${input}`).toBe('number');
  });

  it('finds the answer at which a derived number crosses a threshold, the other inputs kept', () => {
    const get = (id: string) => ({ [ACCOUNTS]: 900, [REPS]: 40 })[id];
    expect(derivedBoundaries('accountsPerRep', ACCOUNTS, [30], get)).toEqual([1200]);
    expect(derivedBoundaries('accountsPerRep', REPS, [30], get)).toEqual([30]);
    expect(derivedBoundaries('accountsPerRep', 'method.goal', [30], get)).toEqual([]);
  });
});

describe('derived-number conditions', () => {
  it('compare the derived number with the numeric operators', () => {
    const answers = seen({ [ACCOUNTS]: 900, [REPS]: 40 });
    expect(conditionHolds(fewPerRep, answers)).toBe(true);
    expect(conditionHolds({ derived: 'accountsPerRep', op: 'gte', value: 30 }, answers)).toBe(false);
    expect(conditionHolds({ derived: 'accountsPerRep', op: 'between', value: [20, 25] }, answers)).toBe(true);
    expect(conditionHolds(fewPerRep, seen({ [ACCOUNTS]: 3000, [REPS]: 40 }))).toBe(false);
  });

  it('are false, never an error, when the number is unknown, even under every operator', () => {
    for (const answers of [
      seen({ [REPS]: 40 }),
      seen({ [ACCOUNTS]: DONT_KNOW, [REPS]: 40 }),
      seen({ [ACCOUNTS]: 9, [REPS]: 0 }),
    ]) {
      for (const op of ['gt', 'gte', 'lt', 'lte'] as const)
        expect(conditionHolds({ derived: 'accountsPerRep', op, value: 30 }, answers)).toBe(false);
      expect(conditionHolds({ derived: 'accountsPerRep', op: 'between', value: [-1e9, 1e9] }, answers)).toBe(false);
    }
  });

  it('read every input question, and cite both answers as evidence when they hold', () => {
    expect(conditionQuestions(fewPerRep)).toEqual([ACCOUNTS, REPS]);
    const answers = seen({ [ACCOUNTS]: 900, [REPS]: 40 });
    expect(conditionEvidence({ all: [{ question: ACCOUNTS, op: 'gte', value: 300 }, fewPerRep] }, answers)).toEqual([
      ACCOUNTS,
      REPS,
    ]);
  });

  it('parse from content with a known name only', () => {
    expect(conditionSchema.safeParse({ derived: 'accountsPerRep', op: 'lt', value: 30 }).success).toBe(true);
    expect(conditionSchema.safeParse({ derived: 'accountsPerTerritory', op: 'lt', value: 30 }).success).toBe(false);
  });

  it('treat a hidden input as unanswered, as question conditions do', () => {
    const hideAccounts = (section: (typeof SYNTHETIC.sections)[number]) =>
      sectionSchema.parse({
        ...section,
        questions: section.questions.map((q) =>
          q.id === ACCOUNTS ? { ...q, visibleIf: { question: REPS, op: 'gt', value: 5 } } : q,
        ),
      });
    const rule = ruleSchema.parse({
      kind: 'mistake',
      id: 'derived-test',
      mistake: 'segmenting-without-purpose',
      severity: 'high',
      when: { derived: 'accountsPerRep', op: 'gte', value: 1 },
      because: 'Test rule.',
    });
    const content = syntheticContent({
      sections: SYNTHETIC.sections.map(hideAccounts),
      rules: [...SYNTHETIC.rules, rule],
    });
    const matched = (answers: Record<string, AnswerValue>) =>
      buildPlan(content, answersDoc(answers))
        .mistakeFindings.flatMap((f) => f.evidence)
        .some((e) => e.ruleId === 'derived-test');
    expect(matched({ [REPS]: 10, [ACCOUNTS]: 500 })).toBe(true);
    // Five reps hide the accounts question, so its kept answer no longer counts.
    expect(matched({ [REPS]: 5, [ACCOUNTS]: 500 })).toBe(false);
  });
});

describe('derived numbers in the real content', () => {
  const content = realContent();
  const plan = (answers: Record<string, AnswerValue>) => buildPlan(content, document(answers));
  function document(answers: Record<string, AnswerValue>): AnswersDocument {
    return {
      schemaVersion: 1,
      contentVersion: content.settings.contentVersion,
      meta: { organisation: 'Derived', respondent: 'Test', role: 'Test', date: '2025-03-03' },
      answers,
      notes: {},
    };
  }
  const workshopRank = (answers: Record<string, AnswerValue>) =>
    plan(answers).method.ranking.find((m) => m.methodId === 'judgemental-workshop')?.rank;

  it('ranks the judgemental workshop first for 40 reps with 900 accounts (22.5 per rep)', () => {
    const result = plan({ [REPS]: 40, [ACCOUNTS]: 900 });
    expect(result.method.recommended).toBe('judgemental-workshop');
    const reason = result.method.ranking
      .find((m) => m.methodId === 'judgemental-workshop')
      ?.raised.find((r) => r.ruleId === 'workshop-few-accounts-per-rep');
    expect(reason?.evidence.map((e) => [e.questionId, e.answer])).toEqual([
      [ACCOUNTS, 900],
      [REPS, 40],
    ]);
  });

  it('does not rank the judgemental workshop first for 40 reps with 3,000 accounts (75 per rep)', () => {
    expect(workshopRank({ [REPS]: 40, [ACCOUNTS]: 3000 })).not.toBe(1);
  });

  it('counts heavily against clustering on survey answers when each rep has few accounts, more so the fewer', () => {
    const penalty = (accounts: number, id: string) =>
      plan({ [REPS]: 40, [ACCOUNTS]: accounts })
        .method.ranking.find((m) => m.methodId === id)
        ?.lowered.find((r) => r.ruleId === `${id}-few-accounts-per-rep`)?.points ?? 0;
    for (const id of ['latent-class', 'attitudinal']) {
      expect(penalty(900, id), id).toBeLessThanOrEqual(-20);
      expect(penalty(400, id), id).toBeLessThan(penalty(900, id));
      expect(penalty(8000, id), id).toBe(0);
    }
  });

  it('flags more planned segments than fundable treatments, citing both answers', () => {
    const finding = (planned: number, treatments: number) =>
      plan({ 'segment-count.planned-segments': planned, 'segment-count.treatments': treatments })
        .mistakeFindings.find((f) => f.mistakeId === 'too-many-segments')
        ?.evidence.find((e) => e.ruleId === 'too-many-for-treatments');
    expect(finding(5, 4)?.evidence.map((e) => e.questionId)).toEqual([
      'segment-count.planned-segments',
      'segment-count.treatments',
    ]);
    expect(finding(4, 4)).toBeUndefined();
  });

  it('counts the inputs of derived numbers as read, with their crossing points as thresholds', () => {
    const prepared = prepareContent(content);
    expect(prepared.usedBy.get('segment-count.treatments')).toContain('mistakes');
    expect(prepared.methodQuestions).toEqual(expect.arrayContaining([ACCOUNTS, REPS]));
    expect(thresholdsFor(prepared, ACCOUNTS, (id) => (id === REPS ? 40 : undefined))).toContain(1200);
  });
});
