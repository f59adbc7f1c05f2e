import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { prepareContent } from '../../../src/engine/prepare.ts';
import { resolveVisibility, visibleQuestionIds } from '../../../src/engine/visibility.ts';
import { answersDoc, SYNTHETIC } from './support/synthetic-content.ts';

describe('visibility', () => {
  it('hides a conditional question until its condition holds', () => {
    expect(visibleQuestionIds(SYNTHETIC, {}).has('current-state.basis')).toBe(false);
    expect(visibleQuestionIds(SYNTHETIC, { 'current-state.has-segmentation': 'no' }).has('current-state.basis')).toBe(
      false,
    );
    expect(visibleQuestionIds(SYNTHETIC, { 'current-state.has-segmentation': 'yes' }).has('current-state.basis')).toBe(
      true,
    );
  });

  it('treats a value that does not fit its question as unanswered when deciding visibility', () => {
    expect(
      visibleQuestionIds(SYNTHETIC, { 'current-state.has-segmentation': 'maybe' }).has('current-state.basis'),
    ).toBe(false);
  });

  it('keeps a hidden answer out of the seen answers but reports the question as hidden', () => {
    const answers = new Map([
      ['current-state.has-segmentation', 'no'],
      ['current-state.basis', 'product'],
    ] as const);
    const { seen, hidden } = resolveVisibility(prepareContent(SYNTHETIC), answers);
    expect(seen.get('current-state.basis')).toBeUndefined();
    expect(hidden.has('current-state.basis')).toBe(true);
  });

  it('does not score a hidden answer but keeps it in the answer sheet', () => {
    const plan = buildPlan(
      SYNTHETIC,
      answersDoc({ 'current-state.has-segmentation': 'no', 'current-state.basis': 'product' }),
    );
    expect(plan.mistakeFindings.find((f) => f.mistakeId === 'segmenting-by-product')?.risk).toBe('none');
    const row = plan.answerSheet.find((r) => r.questionId === 'current-state.basis');
    expect(row).toMatchObject({ status: 'hidden', answer: 'product', answerLabels: ['Label product'] });
    expect(plan.openQuestions.map((q) => q.questionId)).not.toContain('current-state.basis');
  });
});
