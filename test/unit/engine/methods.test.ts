import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { methodSchema } from '../../../src/schema/catalogue.ts';
import type { AnswerValue } from '../../../src/schema/answer-value.ts';
import { answersDoc, SYNTHETIC, syntheticContent } from './support/synthetic-content.ts';

const base: Record<string, AnswerValue> = {
  'method.goal': 'call-allocation',
  'method.data': ['transactions'],
  'method.analytics': 'basic',
};

describe('method recommendation', () => {
  it('ranks by base fit plus matched rule points and explains each', () => {
    const plan = buildPlan(SYNTHETIC, answersDoc(base));
    const top = plan.method.ranking[0];
    expect(top).toMatchObject({ methodId: 'simple-attribute', rank: 1, fit: 65, baseFit: 35, blocked: false });
    expect(top?.raised).toEqual([expect.objectContaining({ ruleId: 'sa-low', points: 30 })]);
    expect(plan.method.recommended).toBe('simple-attribute');
  });

  it('ranks a blocked method after every unblocked one, however high its fit, and shows the blocker', () => {
    const plan = buildPlan(SYNTHETIC, answersDoc(base));
    const marketData = plan.method.ranking.find((m) => m.methodId === 'market-data');
    expect(marketData).toMatchObject({
      blocked: true,
      fit: 50,
      blockers: [{ ruleId: 'md-block', because: 'No market data.' }],
    });
    const firstBlocked = plan.method.ranking.findIndex((m) => m.blocked);
    expect(plan.method.ranking.slice(firstBlocked).every((m) => m.blocked)).toBe(true);
    expect(plan.method.ranking.slice(0, firstBlocked).every((m) => !m.blocked)).toBe(true);
  });

  it('clamps fit to 0..100', () => {
    const boosted = syntheticContent({
      methods: SYNTHETIC.methods.map((m) => (m.id === 'value-based' ? methodSchema.parse({ ...m, baseFit: 90 }) : m)),
    });
    const plan = buildPlan(boosted, answersDoc({ ...base, 'method.goal': 'share-of-wallet' }));
    expect(plan.method.ranking[0]).toMatchObject({ methodId: 'value-based', fit: 100 });
  });

  it('recommends nothing when every method is blocked', () => {
    const onlyBlocked = syntheticContent({
      methods: SYNTHETIC.methods.filter((m) => m.id === 'market-data' || m.id === 'latent-class'),
    });
    const plan = buildPlan(onlyBlocked, answersDoc(base));
    expect(plan.method.recommended).toBeNull();
    expect(plan.summary.recommendedMethod).toBeNull();
    expect(plan.method.whatWouldChange).toEqual([]);
  });

  it('suggests the smallest answer change that puts another method first, and the change really does', () => {
    const plan = buildPlan(SYNTHETIC, answersDoc(base));
    expect(plan.method.whatWouldChange.length).toBeGreaterThan(0);
    for (const suggestion of plan.method.whatWouldChange) {
      const changed = { ...base, ...Object.fromEntries(suggestion.changes.map((c) => [c.questionId, c.to])) };
      const after = buildPlan(SYNTHETIC, answersDoc(changed));
      expect(after.method.recommended).toBe(suggestion.newTop);
      expect(suggestion.newTop).not.toBe(plan.method.recommended);
      expect(suggestion.summary).toContain(suggestion.newTopTitle);
    }
    expect(plan.method.whatWouldChange[0]?.changes).toEqual([
      expect.objectContaining({
        questionId: 'method.data',
        to: ['market-data', 'transactions'],
        fromLabels: ['Label transactions'],
      }),
    ]);
  });

  it('gives one suggestion per alternative method', () => {
    const plan = buildPlan(SYNTHETIC, answersDoc(base));
    const tops = plan.method.whatWouldChange.map((w) => w.newTop);
    expect(new Set(tops).size).toBe(tops.length);
  });
});
