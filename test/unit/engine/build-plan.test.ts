import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { planSchema } from '../../../src/schema/plan/index.ts';
import { answersDoc, SYNTHETIC } from './support/synthetic-content.ts';

const answers = answersDoc(
  {
    'readiness.objective': 'verbal',
    'current-state.has-segmentation': 'yes',
    'current-state.basis': 'product',
    'method.data': ['survey'],
    'segment-count.reps': 30,
    'retired.id': 'x',
  },
  { notes: { 'readiness.objective': 'Only the VP knows it.' }, contentVersion: '0.9.0' },
);

describe('buildPlan', () => {
  it('produces a plan that validates against the plan schema', () => {
    const result = planSchema.safeParse(buildPlan(SYNTHETIC, answers));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('gives an identical plan for the same content and answers, and survives a JSON round trip', () => {
    const first = buildPlan(SYNTHETIC, answers);
    const second = buildPlan(SYNTHETIC, structuredClone(answers));
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('does not modify the answers it is given', () => {
    const copy = structuredClone(answers);
    buildPlan(SYNTHETIC, answers);
    expect(answers).toEqual(copy);
  });

  it('notes a content-version mismatch and the answers set aside', () => {
    const plan = buildPlan(SYNTHETIC, answers);
    expect(plan).toMatchObject({ contentVersion: '1.0.0', answersContentVersion: '0.9.0' });
    expect(plan.notices).toEqual([
      expect.stringMatching(/content version 0\.9\.0; this plan uses version 1\.0\.0/),
      expect.stringMatching(/1 answer or note .* set aside/),
    ]);
    expect(plan.setAside).toEqual([expect.objectContaining({ key: 'retired.id' })]);
  });

  it('carries every answer and note in flow order for the appendix', () => {
    const plan = buildPlan(SYNTHETIC, answers);
    expect(plan.answerSheet.map((r) => r.questionId)).toEqual(
      SYNTHETIC.sections.flatMap((s) => s.questions.map((q) => q.id)),
    );
    expect(plan.answerSheet[0]).toMatchObject({
      questionId: 'readiness.objective',
      note: 'Only the VP knows it.',
      answerLabels: ['Label verbal'],
    });
  });

  it('summarises the top risks, the method, the range and three next actions', () => {
    const plan = buildPlan(SYNTHETIC, answers);
    expect(plan.summary.topRisks.map((r) => r.mistakeId)).toEqual([
      'segmenting-by-product',
      'segmenting-without-purpose',
    ]);
    expect(plan.summary.nextActions).toEqual([
      'Segment customers, not products.',
      'Write the decision down.',
      'Do mobilise',
    ]);
    expect(plan.summary.recommendedMethod?.methodId).toBe(plan.method.recommended);
  });

  it('reuses the prepared content across calls instead of re-indexing it', async () => {
    const { prepareContent } = await import('../../../src/engine/prepare.ts');
    expect(prepareContent(SYNTHETIC)).toBe(prepareContent(SYNTHETIC));
  });
});
