import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import type { AnswersDocument } from '../../../src/schema/answers.ts';
import { driftReport } from '../../../src/workshop/drift.ts';
import { realContent } from '../engine/support/real-content.ts';
import { answerFixtures } from './support/responses.ts';

const northwind = (): AnswersDocument => {
  const doc = answerFixtures().find((d) => d.meta.organisation.startsWith('Northwind'));
  if (doc === undefined) throw new Error('the Northwind fixture is missing');
  return doc;
};
const titleOf = (signId: string) => realContent().warningSigns.find((s) => s.id === signId)?.title;

describe('the drift report', () => {
  const before = northwind();
  // Last time: growth plateau and effort on low potential, a loss of exclusivity, a written goal with a KPI.
  const after: AnswersDocument = {
    ...before,
    answers: {
      ...before.answers,
      'current-state.signs': ['reps-ignore'],
      'current-state.events': ['data-source'],
      'readiness.objective': 'none',
    },
  };
  const drift = driftReport(realContent(), before, after);

  it('lists the answers that changed, with labels before and after, in questionnaire order', () => {
    expect(drift.changed.map((c) => c.questionId)).toEqual([
      'readiness.objective',
      'current-state.signs',
      'current-state.events',
    ]);
    const signs = drift.changed.find((c) => c.questionId === 'current-state.signs');
    const options = new Map(
      realContent()
        .sections.flatMap((s) => s.questions)
        .find((q) => q.id === 'current-state.signs')
        ?.options?.map((o) => [o.id, o.label]),
    );
    expect(signs?.before).toEqual([options.get('growth-plateau'), options.get('low-potential-effort')]);
    expect(signs?.after).toEqual([options.get('reps-ignore')]);
  });

  it('does not count the same options in another order as a change', () => {
    const reordered = {
      ...before,
      answers: { ...before.answers, 'current-state.signs': ['low-potential-effort', 'growth-plateau'] },
    };
    expect(driftReport(realContent(), before, reordered).changed).toEqual([]);
  });

  it('lists warning signs that appeared, cleared and stayed', () => {
    expect(drift.warningSigns.appeared).toEqual(
      [
        { signId: 'reps-ignore-lists', title: titleOf('reps-ignore-lists') },
        { signId: 'data-source-change', title: titleOf('data-source-change') },
      ].sort(
        (a, b) =>
          realContent().warningSigns.findIndex((s) => s.id === a.signId) -
          realContent().warningSigns.findIndex((s) => s.id === b.signId),
      ),
    );
    expect(drift.warningSigns.cleared.map((s) => s.signId).sort()).toEqual([
      'effort-on-low-potential',
      'growth-plateau',
      'major-market-event',
    ]);
    const stillActive = buildPlan(realContent(), before)
      .cadence.triggers.filter((t) => t.active)
      .map((t) => t.signId)
      .filter((id) => !['effort-on-low-potential', 'growth-plateau', 'major-market-event'].includes(id));
    expect(drift.warningSigns.stillActive.map((s) => s.signId).sort()).toEqual(stillActive.sort());
  });

  it('shows readiness falling when the goal is no longer written down', () => {
    expect(drift.readiness.before).toBe(buildPlan(realContent(), before).readiness.score);
    expect(drift.readiness.after).toBe(buildPlan(realContent(), after).readiness.score);
    expect(drift.readiness.delta).toBeLessThan(0);
    expect(drift.readiness.delta).toBe((drift.readiness.after ?? 0) - (drift.readiness.before ?? 0));
    const objective = drift.readiness.dimensions.find((d) => d.id === 'objective');
    expect(objective?.delta).toBeLessThan(0);
    // Only dimensions that read the changed answers move.
    expect(drift.readiness.dimensions.filter((d) => d.delta !== 0).map((d) => d.id)).toContain('objective');
    expect(drift.readiness.dimensions.map((d) => d.id)).toEqual(realContent().readiness.dimensions.map((d) => d.id));
  });

  it('reports no change between a document and itself', () => {
    const same = driftReport(realContent(), before, before);
    expect(same.changed).toEqual([]);
    expect(same.warningSigns.appeared).toEqual([]);
    expect(same.warningSigns.cleared).toEqual([]);
    expect(same.readiness.delta).toBe(0);
  });
});
