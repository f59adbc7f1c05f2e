import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { answersDoc, SYNTHETIC } from './support/synthetic-content.ts';

const rollout = (answers: Parameters<typeof answersDoc>[0]) => buildPlan(SYNTHETIC, answersDoc(answers));

describe('rollout', () => {
  it('runs phases back to back from the planned start date for their typical weeks', () => {
    const { rollout: r } = rollout({ 'rollout.start-date': '2025-04-07' });
    expect(r).toMatchObject({ start: '2025-04-07', startSource: 'answer', end: '2025-08-10', totalWeeks: 18 });
    expect(r.phases.map((p) => [p.phaseId, p.start, p.end, p.weeks])).toEqual([
      ['mobilise', '2025-04-07', '2025-04-27', 3],
      ['pilot', '2025-04-28', '2025-07-06', 10],
      ['enable-and-launch', '2025-07-07', '2025-08-10', 5],
    ]);
  });

  it('removes a phase that a matched rule skips and keeps it listed with the reason', () => {
    const { rollout: r } = rollout({ 'rollout.start-date': '2025-04-07', 'rollout.pilot': 'no' });
    expect(r.phases[1]).toMatchObject({
      phaseId: 'pilot',
      included: false,
      start: null,
      end: null,
      weeks: 0,
      skippedBecause: [{ ruleId: 'no-pilot' }],
    });
    expect(r.phases[2]?.start).toBe('2025-04-28');
    expect(r.totalWeeks).toBe(8);
  });

  it('adds weeks from matched rules', () => {
    const { rollout: r } = rollout({ 'rollout.start-date': '2025-04-07', 'segment-count.reps': 500 });
    expect(r.phases[2]).toMatchObject({ weeks: 7, adjustments: [{ ruleId: 'big-force', addWeeks: 2 }] });
  });

  it('counts from the document date and lists an open question when the start date is missing', () => {
    const plan = rollout({});
    expect(plan.rollout).toMatchObject({ start: '2025-03-03', startSource: 'document-date' });
    const open = plan.openQuestions.find((q) => q.questionId === 'rollout.start-date');
    expect(open?.status).toBe('unanswered');
    expect(open?.assumption).toContain('2025-03-03');
  });

  it('counts from the document date and marks the answer invalid when the start date is not a date', () => {
    const plan = rollout({ 'rollout.start-date': '2025-02-30' });
    expect(plan.rollout.startSource).toBe('document-date');
    expect(plan.openQuestions.find((q) => q.questionId === 'rollout.start-date')?.status).toBe('invalid');
  });
});
