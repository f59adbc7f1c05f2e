import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { readinessBasis, readinessVerdict } from '../../../src/engine/readiness-basis.ts';
import { realPlan } from './support/real-content.ts';
import { answersDoc, SYNTHETIC } from './support/synthetic-content.ts';

describe('readiness basis and verdict', () => {
  it('counts the scored checks against those that apply, and qualifies the level while some are open', () => {
    const partial = buildPlan(SYNTHETIC, answersDoc({ 'readiness.objective': 'written' }));
    const basis = readinessBasis(partial.readiness);
    const unknown = partial.readiness.dimensions.flatMap((d) => d.unknown).filter((u) => u.questionIds.length > 0);
    expect(basis).toEqual({ answered: 1, applicable: 1 + unknown.length });
    expect(unknown.length).toBeGreaterThan(0);
    expect(readinessVerdict('Ready', basis)).toBe(`Ready (based on 1 of ${basis.applicable} checks)`);
  });

  it('gives the plain level once every check that applies is answered', () => {
    expect(readinessVerdict('Ready', { answered: 12, applicable: 12 })).toBe('Ready');
    expect(readinessVerdict(null, { answered: 0, applicable: 5 })).toBe('Not scored yet (based on 0 of 5 checks)');
  });

  it('leaves out a check whose questions earlier answers have hidden', () => {
    // Without marketing automation in use, the question about synced fields is never asked.
    const plan = realPlan({ 'systems.in-use': ['crm'] });
    const unknown = plan.readiness.dimensions.flatMap((d) => d.unknown);
    const hiddenOnly = unknown.filter((u) => u.questionIds.length === 0);
    expect(hiddenOnly.map((u) => u.ruleId)).toContain('ready-synced-fields');
    const scored = plan.readiness.dimensions.reduce((n, d) => n + d.raised.length + d.lowered.length, 0);
    expect(readinessBasis(plan.readiness)).toEqual({
      answered: scored,
      applicable: scored + unknown.length - hiddenOnly.length,
    });
  });
});
