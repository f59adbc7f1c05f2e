import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { ruleSchema } from '../../../src/schema/rule.ts';
import { answersDoc, SYNTHETIC, syntheticContent } from './support/synthetic-content.ts';

const dimension = (plan: ReturnType<typeof buildPlan>, id: string) =>
  plan.readiness.dimensions.find((d) => d.id === id);

describe('readiness', () => {
  it('scores an item by the first step whose condition holds', () => {
    const plan = buildPlan(SYNTHETIC, answersDoc({ 'readiness.objective': 'written' }));
    expect(dimension(plan, 'objective')).toMatchObject({ score: 75, level: { label: 'Ready' } });
    expect(dimension(plan, 'objective')?.raised[0]).toMatchObject({
      ruleId: 'objective-written',
      score: 0.75,
      because: 'A written goal.',
    });
  });

  it('lists the answers that lowered a score with the answer as the respondent saw it', () => {
    const plan = buildPlan(SYNTHETIC, answersDoc({ 'readiness.sponsor': 'none' }));
    const lowered = dimension(plan, 'sponsorship')?.lowered[0];
    expect(lowered?.evidence).toEqual([
      expect.objectContaining({ questionId: 'readiness.sponsor', answerLabels: ['Label none'], status: 'answered' }),
    ]);
  });

  it('lists a partial step, whose reason names the gap, among what lowered the score', () => {
    const plan = buildPlan(SYNTHETIC, answersDoc({ 'readiness.sponsor': 'informal' }));
    const sponsorship = dimension(plan, 'sponsorship');
    expect(sponsorship?.lowered.map((i) => [i.ruleId, i.score])).toEqual([['objective-sponsor', 0.5]]);
    expect(sponsorship?.raised).toEqual([]);
  });

  it('leaves an item with no matching step unknown, so it lowers confidence but not the score', () => {
    const unknown = buildPlan(SYNTHETIC, answersDoc({ 'readiness.objective': { dontKnow: true } }));
    expect(dimension(unknown, 'objective')).toMatchObject({
      score: null,
      level: null,
      unknown: [{ ruleId: 'objective-written', questionIds: ['readiness.objective'] }],
    });
    expect(unknown.readiness.score).toBeNull();
    expect(unknown.openQuestions.find((q) => q.questionId === 'readiness.objective')?.status).toBe('dontKnow');
  });

  it('takes the weighted mean of known items within a dimension', () => {
    const extra = ruleSchema.parse({
      kind: 'readiness',
      id: 'sponsor-for-objective',
      dimension: 'objective',
      weight: 1,
      steps: [{ when: { question: 'readiness.sponsor', op: 'answered' }, score: 0, because: 'Test item.' }],
    });
    const content = syntheticContent({ rules: [...SYNTHETIC.rules, extra] });
    const plan = buildPlan(content, answersDoc({ 'readiness.objective': 'written-kpi', 'readiness.sponsor': 'named' }));
    // (1 x 2 + 0 x 1) / 3 = 0.667
    expect(dimension(plan, 'objective')?.score).toBe(67);
  });

  it('weights the overall score by dimension weight over the known dimensions', () => {
    const plan = buildPlan(
      SYNTHETIC,
      answersDoc({ 'readiness.objective': 'written-kpi', 'readiness.sponsor': 'none' }),
    );
    // objective 100 (weight 3), sponsorship 0 (weight 1): 300 / 4
    expect(plan.readiness.score).toBe(75);
    expect(plan.readiness.level?.label).toBe('Ready');
  });

  it('names only shown questions as the way to score an unknown item', () => {
    const extra = ruleSchema.parse({
      kind: 'readiness',
      id: 'basis-known',
      dimension: 'customer-data',
      steps: [
        {
          when: { question: 'current-state.basis', op: 'is', value: 'potential' },
          score: 1,
          because: 'Potential-based.',
        },
      ],
    });
    const content = syntheticContent({ rules: [...SYNTHETIC.rules, extra] });
    const hidden = buildPlan(content, answersDoc({ 'current-state.has-segmentation': 'no' }));
    expect(dimension(hidden, 'customer-data')?.unknown.find((u) => u.ruleId === 'basis-known')?.questionIds).toEqual(
      [],
    );
    const shown = buildPlan(content, answersDoc({ 'current-state.has-segmentation': 'yes' }));
    expect(dimension(shown, 'customer-data')?.unknown.find((u) => u.ruleId === 'basis-known')?.questionIds).toEqual([
      'current-state.basis',
    ]);
  });
});
