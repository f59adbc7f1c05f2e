/**
 * Improving a readiness answer never lowers a readiness score: checked for every question the
 * bank marks `order: ascending`, over random surrounding answers, so new questions are covered.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleSchema } from '../../../../src/schema/rule.ts';
import { answersArbitrary } from '../support/answer-arbitrary.ts';
import { ascendingValues, monotonicityViolations } from '../support/monotonicity.ts';
import { realContent } from '../support/real-content.ts';
import { SYNTHETIC } from '../support/synthetic-content.ts';

const content = realContent();

describe('readiness monotonicity', () => {
  it('checks at least one ascending question in the bank', () => {
    const ascending = content.sections.flatMap((s) => s.questions).filter((q) => ascendingValues(q).length >= 2);
    expect(ascending.length).toBeGreaterThan(0);
  });

  it('never lowers a readiness score when an ascending answer improves, whatever the other answers', () => {
    fc.assert(
      fc.property(answersArbitrary(content), (answers) => {
        expect(monotonicityViolations(content, answers)).toEqual([]);
      }),
      { numRuns: 1_000, seed: 42_025 },
    );
  });

  it('never lowers a readiness score from a blank questionnaire', () => {
    expect(monotonicityViolations(content, {})).toEqual([]);
  });

  it('detects a rule that scores a better answer lower', () => {
    const inverted = ruleSchema.parse({
      kind: 'readiness',
      id: 'inverted',
      dimension: 'sponsorship',
      steps: [
        {
          when: { question: 'readiness.sponsor', op: 'is', value: 'named' },
          score: 0,
          because: 'Inverted for the test.',
        },
        {
          when: { question: 'readiness.sponsor', op: 'is', value: 'informal' },
          score: 1,
          because: 'Inverted for the test.',
        },
      ],
    });
    const broken = { ...SYNTHETIC, rules: [inverted, ...SYNTHETIC.rules.filter((r) => r.id !== 'objective-sponsor')] };
    expect(monotonicityViolations(broken, {})).toEqual([
      'readiness.sponsor: "informal" -> "named" lowers overall from 100 to 0',
      'readiness.sponsor: "informal" -> "named" lowers sponsorship from 100 to 0',
    ]);
  });
});
