import { describe, expect, it } from 'vitest';
import { answerLabels } from '../../../src/engine/answer-labels.ts';
import { answerMisfit } from '../../../src/engine/answers/answer-fit.ts';
import { prepareContent } from '../../../src/engine/prepare.ts';
import { DONT_KNOW } from '../../../src/schema/dont-know.ts';
import { answerText } from '../../../src/workshop/answer-text.ts';
import { DONT_KNOW_KEY, type QuestionSpread, teamView } from '../../../src/workshop/team-view.ts';
import { SYNTHETIC } from '../engine/support/synthetic-content.ts';
import { realContent } from '../engine/support/real-content.ts';
import { answerFixtures } from './support/responses.ts';
import { response } from './support/team.ts';

const team = [
  response('Ann', 'Sales VP', {
    'readiness.objective': 'written',
    'readiness.data-quality': 2,
    'current-state.has-segmentation': 'yes',
    'current-state.basis': 'product',
    'method.data': ['market-data', 'transactions'],
    'segment-count.reps': 100,
    'systems.crm-owner': 'Ops',
  }),
  response('Bob', 'Marketing', {
    'readiness.objective': 'verbal',
    'readiness.data-quality': 4,
    'current-state.has-segmentation': 'no',
    // Hidden for Bob (he has no segmentation), so it must not count.
    'current-state.basis': 'sales',
    'method.data': ['survey'],
    'segment-count.reps': 300,
    'systems.crm-owner': ' ops ',
  }),
  response('Cy', '  sales vp ', {
    'readiness.objective': 'written',
    'readiness.data-quality': DONT_KNOW,
    'current-state.has-segmentation': 'yes',
    'current-state.basis': 'potential',
    'method.data': ['market-data'],
    'segment-count.reps': 200,
    'segment-count.accounts': DONT_KNOW,
    // Does not fit the question, so it must not count.
    'readiness.sponsor': 'bogus',
  }),
];

const view = teamView(SYNTHETIC, team);
const spread = (id: string): QuestionSpread => {
  const found = view.find((s) => s.questionId === id);
  if (found === undefined) throw new Error(`no spread for ${id}`);
  return found;
};

describe('the team view', () => {
  it('covers every question in questionnaire order', () => {
    expect(view.map((s) => s.questionId)).toEqual(SYNTHETIC.sections.flatMap((s) => s.questions.map((q) => q.id)));
  });

  it('counts single-choice answers over every option and groups them by role, ignoring case and spaces', () => {
    const s = spread('readiness.objective');
    expect(s.answered).toBe(3);
    expect(s.measure).toBe('choice');
    expect(s.distribution.map((e) => [e.key, e.count, e.roles])).toEqual([
      ['none', 0, []],
      ['verbal', 1, ['Marketing']],
      ['written', 2, ['Sales VP']],
      ['written-kpi', 0, []],
      [DONT_KNOW_KEY, 0, []],
    ]);
    expect(s.byRole.map((r) => [r.role, r.answers.map((a) => `${a.respondent}: ${a.labels.join()}`)])).toEqual([
      ['Sales VP', ['Ann: Label written', 'Cy: Label written']],
      ['Marketing', ['Bob: Label verbal']],
    ]);
    // 3 answers, 5 possible (4 options and "don't know"): (3 - 2) / (3 - 1).
    expect(s.disagreement).toBe(0.5);
    expect(s.defaultConsensus).toBe('written');
    expect(s.defaultConsensusLabels).toEqual(['Label written']);
  });

  it("leaves out answers to questions the respondent's own answers hide, and answers that do not fit", () => {
    expect(spread('current-state.basis').answered).toBe(2);
    expect(spread('current-state.basis').distribution.find((e) => e.key === 'sales')?.count).toBe(0);
    expect(spread('readiness.sponsor').answered).toBe(0);
    expect(spread('readiness.sponsor').disagreement).toBeNull();
    expect(spread('readiness.sponsor').defaultConsensus).toBeNull();
  });

  it('breaks a tie toward the option listed first', () => {
    // product and potential have one answer each; product is listed first.
    expect(spread('current-state.basis').defaultConsensus).toBe('product');
    expect(spread('current-state.basis').disagreement).toBe(1);
  });

  it('scores a scale without the "don\'t know" answers and defaults to the lower median', () => {
    const s = spread('readiness.data-quality');
    expect(s.answered).toBe(3);
    expect(s.dontKnow).toBe(1);
    expect(s.measure).toBe('ordinal');
    expect(s.distribution.map((e) => e.count)).toEqual([0, 1, 0, 1, 0, 1]);
    expect(s.distribution.map((e) => e.label)).toEqual([
      '1 of 5 (Poor)',
      '2 of 5',
      '3 of 5',
      '4 of 5',
      '5 of 5 (Excellent)',
      "Don't know",
    ]);
    // Median of 2 and 4 is 2 (the lower); distances 0 + 2 over 1 x 4.
    expect(s.disagreement).toBe(0.5);
    expect(s.defaultConsensus).toBe(2);
  });

  it('scores numbers relative to their size and lists the numbers given, ascending', () => {
    const s = spread('segment-count.reps');
    expect(s.distribution.map((e) => e.label)).toEqual(['100 reps', '200 reps', '300 reps']);
    // Median 200; 100 is 100/200 away and 300 is 100/300 away; over n - 1 = 2.
    expect(s.disagreement).toBeCloseTo((0.5 + 1 / 3) / 2, 10);
    expect(s.defaultConsensus).toBe(200);
  });

  it('falls back to "don\'t know" for a number only "don\'t know" was given for', () => {
    const s = spread('segment-count.accounts');
    expect(s.answered).toBe(1);
    expect(s.disagreement).toBeNull();
    expect(s.defaultConsensus).toEqual(DONT_KNOW);
  });

  it('scores multiple choice by Jaccard distance and defaults to the options more than half chose', () => {
    const s = spread('method.data');
    expect(s.measure).toBe('multiple');
    expect(s.distribution.map((e) => [e.key, e.count])).toEqual([
      ['market-data', 2],
      ['transactions', 1],
      ['survey', 1],
      ['nothing', 0],
    ]);
    // Pairs: {md, tr}-{sv} 1, {md, tr}-{md} 0.5, {sv}-{md} 1.
    expect(s.disagreement).toBeCloseTo(2.5 / 3, 10);
    expect(s.defaultConsensus).toEqual(['market-data']);
    expect(s.distinctAnswers).toBe(3);
  });

  it('groups text answers ignoring case and spaces, with no score, and defaults to the text the majority gave', () => {
    const s = spread('systems.crm-owner');
    expect(s.measure).toBe('text');
    expect(s.distribution).toEqual([{ key: 'text:ops', label: 'Ops', count: 2, roles: ['Sales VP', 'Marketing'] }]);
    expect(s.disagreement).toBeNull();
    expect(s.defaultConsensus).toBe('Ops');
  });

  it('gives each role its own majority, to compare roles', () => {
    const roles = spread('readiness.data-quality').byRole;
    expect(roles.map((r) => [r.role, r.majority])).toEqual([
      ['Sales VP', 2],
      ['Marketing', 4],
    ]);
  });

  describe('default consensus', () => {
    const defaultFor = (id: string, values: Parameters<typeof response>[2][]) =>
      teamView(
        SYNTHETIC,
        values.map((answers, i) => response(`P${i}`, 'Role', answers)),
      ).find((s) => s.questionId === id)?.defaultConsensus;

    it('prefers an option to "don\'t know" on a tie, and "don\'t know" when it is most common', () => {
      const id = 'readiness.objective';
      expect(defaultFor(id, [{ [id]: DONT_KNOW }, { [id]: 'verbal' }])).toBe('verbal');
      expect(defaultFor(id, [{ [id]: DONT_KNOW }, { [id]: DONT_KNOW }, { [id]: 'verbal' }])).toEqual(DONT_KNOW);
      expect(defaultFor(id, [{ [id]: 'written' }, { [id]: 'verbal' }])).toBe('verbal');
    });

    it('takes the lower of the two middle answers on an even count', () => {
      const id = 'readiness.data-quality';
      expect(defaultFor(id, [{ [id]: 5 }, { [id]: 1 }, { [id]: 4 }, { [id]: 2 }])).toBe(2);
    });

    it('has no multiple-choice default when no option reaches a majority, and keeps an exclusive majority alone', () => {
      const id = 'method.data';
      expect(defaultFor(id, [{ [id]: ['survey'] }, { [id]: ['market-data'] }])).toBeNull();
      expect(defaultFor(id, [{ [id]: ['nothing'] }, { [id]: ['nothing'] }, { [id]: ['survey'] }])).toEqual(['nothing']);
    });
  });
});

describe('answer labels in the workshop', () => {
  it("match the engine's labels for every answer of every fixture on the real content", () => {
    const prepared = prepareContent(realContent());
    let compared = 0;
    for (const fixture of answerFixtures()) {
      for (const entry of prepared.questions) {
        const value = fixture.answers[entry.question.id];
        if (value === undefined || value === null || answerMisfit(entry.question, value) !== null) continue;
        expect(answerText(entry.question, value)).toEqual(answerLabels(entry, value));
        compared += 1;
      }
      for (const entry of prepared.questions.filter((q) => q.question.type === 'scale')) {
        for (const point of [1, 3, 5]) expect(answerText(entry.question, point)).toEqual(answerLabels(entry, point));
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
