import { describe, expect, it } from 'vitest';
import {
  alignmentFindings,
  HIGH_DISAGREEMENT,
  listInWords,
  MEDIUM_DISAGREEMENT,
} from '../../../src/workshop/alignment.ts';
import { teamView } from '../../../src/workshop/team-view.ts';
import { SYNTHETIC } from '../engine/support/synthetic-content.ts';
import { response } from './support/team.ts';

describe('alignment findings', () => {
  it('name the topic, the roles that disagree and the spread of answers', () => {
    const spreads = teamView(SYNTHETIC, [
      response('Ann', 'Sales VP', { 'method.goal': 'call-allocation' }),
      response('Bob', 'Marketing', { 'method.goal': 'messaging' }),
    ]);
    const [finding, ...rest] = alignmentFindings(spreads);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      questionId: 'method.goal',
      topic: 'the goal type',
      disagreement: 1,
      level: 'high',
      roles: ['Sales VP', 'Marketing'],
    });
    expect(finding?.sentence).toBe(
      'No shared view of the goal type between Sales VP and Marketing: 2 different answers from 2 people.',
    );
  });

  it("call a 2-1 split a divided view (medium), and leave roles out when every role's majority is the same", () => {
    const spreads = teamView(SYNTHETIC, [
      response('Ann', 'Sales VP', { 'method.goal': 'messaging' }),
      response('Cy', 'Sales VP', { 'method.goal': 'messaging' }),
      response('Bob', 'Sales VP', { 'method.goal': 'call-allocation' }),
    ]);
    const [finding] = alignmentFindings(spreads);
    // 3 answers, 3 options: (3 - 2) / (3 - 1).
    expect(finding).toMatchObject({ disagreement: 0.5, level: 'medium', roles: [] });
    expect(finding?.sentence).toBe('Divided views of the goal type: 2 different answers from 3 people.');
  });

  it('give the range of answers on a scale', () => {
    const spreads = teamView(SYNTHETIC, [
      response('Ann', 'Sales VP', { 'readiness.data-quality': 1 }),
      response('Bob', 'Sales operations', { 'readiness.data-quality': 5 }),
      response('Dee', 'Marketing', { 'readiness.data-quality': 5 }),
    ]);
    expect(alignmentFindings(spreads).map((f) => f.sentence)).toEqual([
      'No shared view of data quality between Sales VP, Sales operations and Marketing: answers range from 1 of 5 (Poor) to 5 of 5 (Excellent) across 3 people.',
    ]);
  });

  it('list the most disagreement first, skip agreement, text and single answers, and respect the limits', () => {
    const spreads = teamView(SYNTHETIC, [
      response('Ann', 'Sales VP', {
        'method.goal': 'messaging',
        'readiness.data-quality': 2,
        'readiness.sponsor': 'named',
        'systems.crm-owner': 'A',
        'method.analytics': 'basic',
      }),
      response('Bob', 'Marketing', {
        'method.goal': 'call-allocation',
        'readiness.data-quality': 4,
        'readiness.sponsor': 'named',
        'systems.crm-owner': 'B',
      }),
    ]);
    const findings = alignmentFindings(spreads);
    expect(findings.map((f) => [f.questionId, f.disagreement])).toEqual([
      ['method.goal', 1],
      ['readiness.data-quality', 0.5],
    ]);
    expect(findings.every((f) => f.disagreement >= MEDIUM_DISAGREEMENT)).toBe(true);
    expect(findings.map((f) => f.level)).toEqual(['high', 'medium']);
    expect(alignmentFindings(spreads, { max: 1 }).map((f) => f.questionId)).toEqual(['method.goal']);
    expect(alignmentFindings(spreads, { threshold: 0.9 }).map((f) => f.questionId)).toEqual(['method.goal']);
    expect(alignmentFindings(spreads, { threshold: 0 }).map((f) => f.questionId)).not.toContain('readiness.sponsor');
  });

  it('state their thresholds as constants, high above medium', () => {
    expect(MEDIUM_DISAGREEMENT).toBeGreaterThan(0);
    expect(HIGH_DISAGREEMENT).toBeGreaterThan(MEDIUM_DISAGREEMENT);
    expect(HIGH_DISAGREEMENT).toBeLessThanOrEqual(1);
  });

  it('join role names as a reader expects', () => {
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
