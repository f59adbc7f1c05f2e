import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { answersDoc, SYNTHETIC } from './support/synthetic-content.ts';

describe('open questions and confidence', () => {
  it('lists unanswered and "don\'t know" questions the plan reads, with the plan parts they feed', () => {
    const plan = buildPlan(SYNTHETIC, answersDoc({ 'readiness.objective': { dontKnow: true } }));
    const objective = plan.openQuestions.find((q) => q.questionId === 'readiness.objective');
    expect(objective).toMatchObject({ status: 'dontKnow', usedBy: ['readiness', 'mistakes'] });
    expect(plan.openQuestions.find((q) => q.questionId === 'current-state.has-segmentation')).toMatchObject({
      status: 'unanswered',
      required: true,
    });
  });

  it('does not list a question no rule reads', () => {
    const plan = buildPlan(SYNTHETIC, answersDoc({}));
    expect(plan.openQuestions.map((q) => q.questionId)).not.toContain('rollout.notes');
  });

  it('lowers confidence as answers go missing and states why', () => {
    const full = buildPlan(
      SYNTHETIC,
      answersDoc({
        'readiness.objective': 'written',
        'readiness.sponsor': 'named',
        'readiness.data-quality': 3,
        'current-state.has-segmentation': 'no',
        'method.goal': 'messaging',
        'method.data': ['survey'],
        'method.analytics': 'advanced',
        'segment-count.reps': 20,
        'segment-count.accounts': 2000,
        'segment-count.treatments': 4,
        'systems.crm': 'veeva',
        'systems.crm-owner': 'Ops',
        'rollout.start-date': '2025-05-05',
        'rollout.pilot': 'yes',
        'cadence.owner': 'Ops',
        'cadence.churn': 'low',
      }),
    );
    expect(full.confidence).toMatchObject({ score: 100, level: 'high', unanswered: 0, dontKnow: 0 });
    expect(full.openQuestions).toEqual([]);
    const partial = buildPlan(
      SYNTHETIC,
      answersDoc({ 'readiness.objective': { dontKnow: true }, 'method.goal': 'messaging' }),
    );
    expect(partial.confidence.score).toBeLessThan(50);
    expect(partial.confidence.level).toBe('low');
    expect(partial.confidence.statement).toMatch(/1 "don't know"/);
    const empty = buildPlan(SYNTHETIC, answersDoc({}));
    expect(empty.confidence.score).toBe(0);
  });
});
