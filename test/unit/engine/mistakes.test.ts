import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { answersDoc, SYNTHETIC } from './support/synthetic-content.ts';

describe('mistake findings', () => {
  it('lists every mistake in the library, flagged or not', () => {
    const plan = buildPlan(SYNTHETIC, answersDoc({}));
    expect(plan.mistakeFindings.map((f) => f.mistakeId).sort()).toEqual(SYNTHETIC.mistakes.map((m) => m.id).sort());
    expect(plan.mistakeFindings.every((f) => f.risk === 'none' && f.evidence.length === 0)).toBe(true);
  });

  it('gives a finding the highest severity among its matched rules, with the evidence and the fix', () => {
    const plan = buildPlan(SYNTHETIC, answersDoc({ 'readiness.objective': 'verbal' }));
    const finding = plan.mistakeFindings.find((f) => f.mistakeId === 'segmenting-without-purpose');
    expect(finding).toMatchObject({
      risk: 'high',
      remediation: ['Write the decision down.', 'Pick a KPI.'],
      article: 'mistakes/segmenting-without-purpose',
      evidence: [
        {
          ruleId: 'no-goal',
          severity: 'high',
          evidence: [expect.objectContaining({ questionId: 'readiness.objective', answerLabels: ['Label verbal'] })],
        },
      ],
    });
  });

  it('flags a "don\'t know" only through a rule that asks for it', () => {
    const plan = buildPlan(SYNTHETIC, answersDoc({ 'readiness.objective': { dontKnow: true } }));
    expect(plan.mistakeFindings.find((f) => f.mistakeId === 'segmenting-without-purpose')).toMatchObject({
      risk: 'medium',
      evidence: [{ ruleId: 'goal-unknown' }],
    });
  });

  it('sorts findings by risk, then core mistakes first', () => {
    const plan = buildPlan(
      SYNTHETIC,
      answersDoc({
        'current-state.has-segmentation': 'yes',
        'current-state.basis': 'sales',
        'readiness.objective': { dontKnow: true },
      }),
    );
    const order = plan.mistakeFindings.map((f) => [f.mistakeId, f.risk]);
    expect(order).toEqual([
      ['segmenting-without-purpose', 'medium'],
      ['current-sales-not-potential', 'medium'],
      ['segmenting-by-product', 'none'],
    ]);
  });
});
