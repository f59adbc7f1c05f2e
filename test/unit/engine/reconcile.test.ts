import { describe, expect, it } from 'vitest';
import { reconcileAnswers } from '../../../src/engine/answers/reconcile.ts';
import { answersDoc, SYNTHETIC } from './support/synthetic-content.ts';

describe('reconciling answers with the question bank', () => {
  it('keeps answers that fit and treats null as blank', () => {
    const result = reconcileAnswers(
      SYNTHETIC,
      answersDoc({ 'readiness.objective': 'written', 'readiness.sponsor': null, 'segment-count.reps': 40 }),
    );
    expect([...result.answers]).toEqual([
      ['readiness.objective', 'written'],
      ['segment-count.reps', 40],
    ]);
    expect(result.setAside).toEqual([]);
  });

  it('sets aside an unknown question id instead of dropping it', () => {
    const result = reconcileAnswers(
      SYNTHETIC,
      answersDoc({ 'retired.question': 'x' }, { notes: { 'retired.question': 'old note' } }),
    );
    expect(result.setAside).toEqual([
      {
        part: 'answer',
        key: 'retired.question',
        value: '"x"',
        reason: 'no question has this id in the current content',
      },
      {
        part: 'note',
        key: 'retired.question',
        value: '"old note"',
        reason: 'no question has this id in the current content',
      },
    ]);
  });

  it.each([
    ['a value of the wrong type', 'readiness.objective', 3, /expected one option id/],
    [
      'an unknown option',
      'readiness.objective',
      'perfect',
      /"perfect" is not an option; expected one of none, verbal, written, written-kpi/,
    ],
    ['an unknown option in a list', 'method.data', ['survey', 'crystal-ball'], /"crystal-ball" is not an option/],
    ['an exclusive option combined with others', 'method.data', ['survey', 'nothing'], /excludes every other option/],
    ['a repeated option', 'method.data', ['survey', 'survey'], /more than once/],
    ['a number out of range', 'segment-count.treatments', 50, /50 is out of range; expected 1 to 20/],
    ['a fraction where a whole number is needed', 'segment-count.reps', 2.5, /whole number/],
    ['a scale point off the scale', 'readiness.data-quality', 6, /out of range; expected 1 to 5/],
    ['"don\'t know" where it is not offered', 'readiness.sponsor', { dontKnow: true }, /does not offer "don't know"/],
    ['text over the length limit', 'systems.crm-owner', 'x'.repeat(101), /at most 100/],
    ['an object that is no answer at all', 'readiness.sponsor', { value: 'named' }, /expected one option id/],
  ])('sets aside %s with a reason saying what was expected', (_name, id, value, reason) => {
    const result = reconcileAnswers(SYNTHETIC, answersDoc({}, { answers: { [id]: value } as never }));
    expect(result.answers.has(id)).toBe(false);
    expect(result.setAside).toHaveLength(1);
    expect(result.setAside[0]?.reason).toMatch(reason);
  });

  it('accepts "don\'t know" where the question offers it', () => {
    const result = reconcileAnswers(SYNTHETIC, answersDoc({ 'readiness.objective': { dontKnow: true } }));
    expect(result.answers.get('readiness.objective')).toEqual({ dontKnow: true });
  });
});
