import { describe, expect, it } from 'vitest';
import { seenStatus } from '../../../src/engine/evidence.ts';
import { DONT_KNOW, isGivenAnswer, type AnswerValue } from '../../../src/schema/answer-value.ts';
import { OPERATORS } from '../../../src/schema/operators.ts';

/** Each kind of recorded answer, whether it is given, and the status a plan shows for it. */
const CASES: [string, AnswerValue | undefined, boolean, 'answered' | 'unanswered' | 'dontKnow'][] = [
  ['no answer', undefined, false, 'unanswered'],
  ['"don\'t know"', DONT_KNOW, false, 'dontKnow'],
  ['empty text', '', false, 'unanswered'],
  ['blank text', ' \n\t ', false, 'unanswered'],
  ['an empty list', [], false, 'unanswered'],
  ['text', 'written', true, 'answered'],
  ['a list', ['survey'], true, 'answered'],
  ['zero', 0, true, 'answered'],
  ['a number', 12, true, 'answered'],
];

describe('whether an answer is given', () => {
  it.each(CASES)('%s: the operators, the plan status and isGivenAnswer agree', (_name, value, given, status) => {
    expect(isGivenAnswer(value)).toBe(given);
    expect(OPERATORS.answered.test(value)).toBe(given);
    expect(OPERATORS.unanswered.test(value)).toBe(status === 'unanswered');
    const seen = new Map<string, AnswerValue>(value === undefined ? [] : [['q.a', value]]);
    expect(seenStatus(seen, 'q.a')).toBe(status);
  });

  it('counts a blank (null) answer in a document as not given', () => {
    expect(isGivenAnswer(null)).toBe(false);
  });
});
