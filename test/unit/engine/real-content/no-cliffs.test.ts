/**
 * Method fit without cliffs (issue 18): as the number of accounts or of reps moves in small steps
 * across its whole range, no method's fit jumps by more than a few points between neighbours, so
 * one account more or less never reorders the recommendation on its own. Swept over several
 * organisations: a blank questionnaire and the expert reference cases.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../src/engine/build-plan.ts';
import type { LooseAnswersDocument } from '../../../../src/schema/answers.ts';
import { caseDocument, loadCases } from '../../../support/expert-cases.ts';
import { realContent } from '../support/real-content.ts';

const content = realContent();
/** The largest change in any method's fit allowed between two neighbouring values. */
const MAX_STEP = 6;
const ACCOUNTS = 'segment-count.accounts';
const REPS = 'segment-count.reps';

/** Values from `from` to `to`, each about 4% above the last, so a sweep crosses every threshold in small steps. */
function sweep(from: number, to: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v = Math.max(v + 1, Math.round(v * 1.04))) out.push(v);
  return out;
}

function fits(document: LooseAnswersDocument, answers: Record<string, number>): Map<string, number> {
  const plan = buildPlan(content, { ...document, answers: { ...document.answers, ...answers } });
  return new Map(plan.method.ranking.map((m) => [m.methodId, m.blocked ? -100 : m.fit]));
}

/** The largest jumps between neighbouring values, worst first, as readable lines. */
function jumps(
  document: LooseAnswersDocument,
  question: string,
  values: number[],
  fixed: Record<string, number>,
): string[] {
  const found: string[] = [];
  let previous = fits(document, { ...fixed, [question]: values[0] ?? 1 });
  for (const value of values.slice(1)) {
    const current = fits(document, { ...fixed, [question]: value });
    for (const [method, fit] of current) {
      const before = previous.get(method) ?? fit;
      if (Math.abs(fit - before) > MAX_STEP) found.push(`${method}: ${before} -> ${fit} at ${question} = ${value}`);
    }
    previous = current;
  }
  return found;
}

const blank: LooseAnswersDocument = {
  schemaVersion: 1,
  contentVersion: content.settings.contentVersion,
  meta: { organisation: 'Sweep', respondent: 'Test', role: 'Test', date: '2026-01-05' },
  answers: {},
  notes: {},
};
const organisations: [string, LooseAnswersDocument][] = [
  ['a blank questionnaire', blank],
  ...loadCases().map((c): [string, LooseAnswersDocument] => [c.id, caseDocument(c)]),
];

describe('method fit without cliffs', () => {
  it.each(organisations)('moves smoothly with the number of accounts for %s', (_, document) => {
    for (const reps of [3, 40, 300])
      expect(jumps(document, ACCOUNTS, sweep(20, 600_000), { [REPS]: reps })).toEqual([]);
  });

  it.each(organisations)('moves smoothly with the number of reps for %s', (_, document) => {
    // From 25 reps, one more rep is a step of 4% or less; below that a single rep is already a large change.
    for (const accounts of [220, 5_000, 120_000])
      expect(jumps(document, REPS, sweep(25, 5_000), { [ACCOUNTS]: accounts })).toEqual([]);
  });

  it('would catch a cliff: a rule that jumps at one value fails the sweep', () => {
    const cliff = {
      ...content,
      rules: [
        ...content.rules,
        {
          kind: 'method' as const,
          id: 'cliff-for-test',
          method: 'market-data',
          fit: 30,
          when: { question: ACCOUNTS, op: 'lt' as const, value: 300 },
          because: 'A cliff at 300 accounts.',
        },
      ],
    };
    const plan = (accounts: number) =>
      buildPlan(cliff, { ...blank, answers: { [ACCOUNTS]: accounts, [REPS]: 40 } }).method.ranking.find(
        (m) => m.methodId === 'market-data',
      )?.fit ?? 0;
    expect(Math.abs(plan(299) - plan(300))).toBeGreaterThan(MAX_STEP);
  });
});
