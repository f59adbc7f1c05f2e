import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { answersDoc, SYNTHETIC } from './support/synthetic-content.ts';
import { realPlan } from './support/real-content.ts';

describe('systems impact', () => {
  it('lists a system only when one of its rules matches, at the highest matched impact', () => {
    const none = buildPlan(SYNTHETIC, answersDoc({ 'systems.crm': 'none' }));
    expect(none.systems.map((s) => s.systemId)).toEqual(['bi-reporting']);
    const veeva = buildPlan(SYNTHETIC, answersDoc({ 'systems.crm': 'veeva' }));
    expect(veeva.systems[0]).toMatchObject({
      systemId: 'crm',
      impact: 'high',
      reasons: [{ ruleId: 'crm-veeva' }, { ruleId: 'crm-used' }],
    });
  });

  it('names the owner the respondent gave, else the typical owner', () => {
    const typical = buildPlan(SYNTHETIC, answersDoc({ 'systems.crm': 'salesforce' }));
    expect(typical.systems.find((s) => s.systemId === 'crm')).toMatchObject({
      owner: 'Owner of crm',
      ownerSource: 'typical',
    });
    const named = buildPlan(
      SYNTHETIC,
      answersDoc({ 'systems.crm': 'salesforce', 'systems.crm-owner': 'Priya, CRM lead' }),
    );
    expect(named.systems.find((s) => s.systemId === 'crm')).toMatchObject({
      owner: 'Priya, CRM lead',
      ownerSource: 'answer',
    });
  });
});

describe('review cadence', () => {
  it('shortens an interval to the shortest bound that holds, and says why', () => {
    const calm = buildPlan(SYNTHETIC, answersDoc({ 'cadence.churn': 'low' })).cadence;
    expect([calm.design.months, calm.membership.months]).toEqual([12, 6]);
    const churn = buildPlan(SYNTHETIC, answersDoc({ 'cadence.churn': 'high' })).cadence;
    expect(churn.membership).toMatchObject({ months: 3, source: 'rule', reasons: [{ ruleId: 'fast' }] });
  });

  it('calls an interval the default when only an always-true rule sets it, and gives that rule as the reason', () => {
    const calm = buildPlan(SYNTHETIC, answersDoc({ 'cadence.churn': 'low' })).cadence;
    expect(calm.design).toMatchObject({ months: 12, source: 'default', reasons: [{ ruleId: 'base', evidence: [] }] });
    expect(calm.membership).toMatchObject({ months: 6, source: 'default', reasons: [{ ruleId: 'base' }] });
  });

  it('keeps the interval the answers plan and credits it to them, dropping the default reason', () => {
    const plan = (answers: Record<string, string>) => realPlan(answers).cadence;
    const open = plan({});
    expect(open.design).toMatchObject({
      months: 12,
      source: 'default',
      reasons: [{ ruleId: 'cadence-default-design' }],
    });
    expect(open.membership.reasons.map((r) => r.ruleId)).toEqual(['cadence-default-membership']);
    const quarterly = plan({ 'cadence.membership-interval': 'quarterly' });
    expect(quarterly.membership.source).toBe('answer');
    expect(quarterly.membership.months).toBe(3);
    expect(quarterly.membership.reasons.map((r) => r.ruleId)).toEqual(['cadence-planned-quarterly-refresh']);
    expect(quarterly.design.source).toBe('default');
  });

  it('keeps a yearly refresh the answers plan unless a rule moves it, and quotes both when one does', () => {
    const plan = (answers: Record<string, string | number | string[]>) => realPlan(answers).cadence;
    const kept = plan({ 'cadence.membership-interval': 'yearly' });
    expect(kept.membership).toMatchObject({ months: 12, source: 'answer' });
    const moved = plan({
      'cadence.membership-interval': 'yearly',
      'current-state.exists': 'formal',
      'current-state.signs': ['fast-churn'],
    });
    expect(moved.membership.months).toBe(3);
    expect(moved.membership.source).toBe('rule');
    expect(moved.membership.reasons.map((r) => r.ruleId)).toEqual([
      'cadence-fast-churn',
      'cadence-planned-yearly-refresh',
    ]);
    // One buying season: re-scored once before it, whatever a quarterly plan says.
    const seasonal = plan({ 'cadence.membership-interval': 'quarterly', 'method.purchase-frequency': 'seasonal' });
    expect(seasonal.membership).toMatchObject({ months: 12, source: 'rule' });
  });

  it('falls back to stated defaults when no cadence rule matches', () => {
    const content = { ...SYNTHETIC, rules: SYNTHETIC.rules.filter((r) => r.kind !== 'cadence') };
    const cadence = buildPlan(content, answersDoc({})).cadence;
    expect(cadence.design).toEqual({ months: 12, source: 'default', reasons: [] });
    expect(cadence.membership).toEqual({ months: 3, source: 'default', reasons: [] });
  });

  it('lists every warning sign as a trigger, active ones first', () => {
    const cadence = buildPlan(SYNTHETIC, answersDoc({ 'cadence.churn': 'high', 'cadence.owner': 'Sales ops' })).cadence;
    expect(cadence.triggers.map((t) => [t.signId, t.active])).toEqual([
      ['fast-membership-churn', true],
      ['growth-plateau', false],
    ]);
    expect(cadence).toMatchObject({ owner: 'Sales ops', ownerSource: 'answer' });
  });
});
