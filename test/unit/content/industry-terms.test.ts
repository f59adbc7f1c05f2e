/**
 * The industry-term check: a plan text that names a term native to some industries needs a
 * condition that limits the industry question to those industries.
 */
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../../src/content-model/load-from-disk.ts';
import { namedTerms, restrictedTo, termMatchers } from '../../../src/content-model/integrity/terms.ts';
import type { Condition } from '../../../src/schema/condition.ts';
import { PROJECT_ROOT } from '../../support/content-fixtures.ts';

const Q = 'organisation.industry';
const is = (value: string): Condition => ({ question: Q, op: 'is', value });
const isIn = (...value: string[]): Condition => ({ question: Q, op: 'in', value });
const other: Condition = { question: 'segment-count.reps', op: 'gt', value: 10 };
const limit = (c: Condition | undefined) => {
  const set = restrictedTo(c, Q);
  return set === undefined ? undefined : [...set].sort();
};

describe('restrictedTo', () => {
  it('reads is and in on the industry question, and nothing else', () => {
    expect(limit(is('pharma'))).toEqual(['pharma']);
    expect(limit(isIn('pharma', 'medtech'))).toEqual(['medtech', 'pharma']);
    expect(limit(other)).toBeUndefined();
    expect(limit({ question: Q, op: 'isNot', value: 'software' })).toBeUndefined();
    expect(limit({ question: Q, op: 'answered' })).toBeUndefined();
    expect(limit(undefined)).toBeUndefined();
  });

  it('counts a restriction inside all, taking the tightest', () => {
    expect(limit({ all: [other, isIn('pharma', 'medtech')] })).toEqual(['medtech', 'pharma']);
    expect(limit({ all: [isIn('pharma', 'medtech'), is('pharma')] })).toEqual(['pharma']);
    expect(limit({ all: [] })).toBeUndefined();
  });

  it('does not count one under not, or in only one branch of any', () => {
    expect(limit({ not: isIn('software', 'financial') })).toBeUndefined();
    expect(limit({ not: { not: is('pharma') } })).toBeUndefined();
    expect(limit({ any: [is('pharma'), other] })).toBeUndefined();
    // Every branch restricting is a restriction to their union.
    expect(limit({ any: [is('pharma'), { all: [other, is('medtech')] }] })).toEqual(['medtech', 'pharma']);
  });
});

describe('term matching', () => {
  const matchers = termMatchers([
    { term: 'HCP', industries: ['pharma'] },
    { term: 'health system', industries: ['pharma'] },
    { term: 'formulary', industries: ['pharma'] },
  ]);
  const terms = (text: string) => namedTerms(text, matchers).map((m) => m.term);

  it('finds whole words in any case, with a plural, and a phrase across a hyphen or a line break', () => {
    expect(terms('Top HCPs first')).toEqual(['HCP']);
    expect(terms('hcp-level data')).toEqual(['HCP']);
    expect(terms('Health-systems and\nhealth\nsystem committees')).toEqual(['health system']);
    expect(terms('formulary committees')).toEqual(['formulary']);
  });

  it('ignores the letters inside other words', () => {
    expect(terms('HCPX and SHCP and the healthy systems')).toEqual([]);
    expect(terms('formularies')).toEqual([]);
  });
});

describe('the real term list', () => {
  it('is loaded with the content and names industries the questionnaire offers', () => {
    const { files, problems } = loadContentFromDisk(PROJECT_ROOT);
    expect(problems).toEqual([]);
    const terms = files?.terms.data;
    expect(terms?.question).toBe(Q);
    for (const term of ['HCP', 'prescriber', 'formulary', 'brand lead', 'MLR', 'loss of exclusivity', 'Veeva'])
      expect(terms?.terms.map((t) => t.term)).toContain(term);
  });
});
