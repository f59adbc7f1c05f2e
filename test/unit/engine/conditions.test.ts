import { describe, expect, it } from 'vitest';
import { DONT_KNOW, type AnswerValue } from '../../../src/schema/answer-value.ts';
import type { Condition } from '../../../src/schema/condition.ts';
import { conditionEvidence, conditionHolds } from '../../../src/engine/conditions.ts';

const seen = (entries: Record<string, AnswerValue>) => new Map(Object.entries(entries));
const goal = (value: string): Condition => ({ question: 'a.goal', op: 'is', value });

describe('conditions', () => {
  it('treats an empty all-group as always true', () => {
    expect(conditionHolds({ all: [] }, seen({}))).toBe(true);
  });

  it('combines all, any and not groups as boolean and, or and not', () => {
    const answers = seen({ 'a.goal': 'x', 'a.size': 5 });
    expect(conditionHolds({ all: [goal('x'), { question: 'a.size', op: 'gt', value: 4 }] }, answers)).toBe(true);
    expect(conditionHolds({ all: [goal('x'), { question: 'a.size', op: 'gt', value: 5 }] }, answers)).toBe(false);
    expect(conditionHolds({ any: [goal('y'), { question: 'a.size', op: 'between', value: [1, 5] }] }, answers)).toBe(
      true,
    );
    expect(conditionHolds({ not: goal('x') }, answers)).toBe(false);
  });

  it('matches a "don\'t know" answer only with the dontKnow operator', () => {
    const answers = seen({ 'a.goal': DONT_KNOW });
    expect(conditionHolds({ question: 'a.goal', op: 'dontKnow' }, answers)).toBe(true);
    for (const op of ['answered', 'unanswered'] as const)
      expect(conditionHolds({ question: 'a.goal', op }, answers)).toBe(false);
    expect(conditionHolds({ question: 'a.goal', op: 'isNot', value: 'x' }, answers)).toBe(false);
    expect(conditionHolds({ question: 'a.goal', op: 'notIn', value: ['x'] }, answers)).toBe(false);
  });

  it('reads a missing answer as unanswered', () => {
    expect(conditionHolds({ question: 'a.goal', op: 'unanswered' }, seen({}))).toBe(true);
    expect(conditionHolds({ question: 'a.goal', op: 'isNot', value: 'x' }, seen({}))).toBe(false);
  });

  it('cites every part of an all-group but only the parts of an any-group that held', () => {
    const answers = seen({ 'a.goal': 'x', 'a.size': 5, 'a.other': 'z' });
    const all: Condition = { all: [goal('x'), { question: 'a.size', op: 'gt', value: 1 }] };
    expect(conditionEvidence(all, answers)).toEqual(['a.goal', 'a.size']);
    const any: Condition = { any: [goal('y'), { question: 'a.other', op: 'is', value: 'z' }] };
    expect(conditionEvidence(any, answers)).toEqual(['a.other']);
    expect(conditionEvidence({ not: goal('y') }, answers)).toEqual(['a.goal']);
    expect(conditionEvidence({ all: [] }, answers)).toEqual([]);
  });
});
