/**
 * The rollout's length fits the organisation (DOMAIN.md section J): the design phase takes the base
 * method's weeks, a small team runs each phase in about a week, a large force keeps its pilot, and a
 * deadline shortens the path to launch, dropping the pilot only when nothing else fits.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../../src/schema/answer-value.ts';
import type { Plan, RolloutPhasePlan } from '../../../../src/schema/plan/index.ts';
import { realPlan } from '../support/real-content.ts';

function phase(p: Plan, id: string): RolloutPhasePlan {
  const found = p.rollout.phases.find((candidate) => candidate.phaseId === id);
  if (found === undefined) throw new Error(`no phase ${id}`);
  return found;
}

/** A mid-size field force with a pilot planned and good data; each test changes what it is about. */
const BASE: Record<string, AnswerValue> = {
  'rollout.start-date': '2026-01-05',
  'rollout.pilot': 'pilot',
  'readiness.sponsor': 'named',
  'readiness.objective': 'written-kpi',
  'readiness.master-data': 'mostly',
  'readiness.customer-unit': 'defined',
  'segment-count.reps': 60,
  'segment-count.accounts': 9000,
};

const plan = (changes: Record<string, AnswerValue | null>) => realPlan({ ...BASE, ...changes });

/** Weeks from the start to the end of the launch phase, from the phases themselves. */
function weeksToLaunch(p: Plan): number {
  let weeks = 0;
  for (const ph of p.rollout.phases) {
    weeks += ph.weeks;
    if (ph.phaseId === 'enable-and-launch') return weeks;
  }
  throw new Error('no launch phase');
}

/** Every included phase's weeks are its usual length plus its adjustments, caps and deadline cuts included. */
function expectPhasesAddUp(p: Plan): void {
  for (const ph of p.rollout.phases.filter((candidate) => candidate.included))
    expect(ph.typicalWeeks + ph.adjustments.reduce((sum, a) => sum + a.addWeeks, 0), ph.phaseId).toBe(ph.weeks);
}

describe('rollout timing', () => {
  it('dates the launch at the end of the launch phase and counts the weeks to it', () => {
    const p = plan({});
    expect(p.rollout.launch).toBe(phase(p, 'enable-and-launch').end);
    expect(p.rollout.launchWeeks).toBe(weeksToLaunch(p));
    expect(p.rollout.deadline).toBeNull();
  });

  it('gives the design phase the weeks of the method the design is built on', () => {
    // Written rules on data the company holds take weeks; modelling potential from a sample takes months.
    const quick = plan({ 'method.goal': 'call-allocation', 'method.data': ['crm'], 'method.analytics': 'basic' });
    const modelled = plan({
      'method.goal': 'call-allocation',
      'method.data': ['transactions', 'potential-sample'],
      'method.analytics': 'specialist',
      'readiness.potential': 'none',
    });
    const design = (p: Plan) => phase(p, 'design-and-data').weeks;
    expect(design(quick)).toBeLessThan(design(modelled));
  });

  it('keeps the pilot for 50 or more reps although the answers planned none, and says why', () => {
    const large = plan({ 'rollout.pilot': 'no-pilot', 'segment-count.reps': 80 });
    expect(phase(large, 'pilot')).toMatchObject({
      included: true,
      skippedBecause: [],
      keptBecause: [{ ruleId: 'rollout-keep-pilot-large-force' }],
    });
    const small = plan({ 'rollout.pilot': 'no-pilot', 'segment-count.reps': 20 });
    expect(phase(small, 'pilot')).toMatchObject({ included: false, keptBecause: [] });
  });

  it('runs each phase in about a week for a team of ten or fewer, and tests in the first quarter instead of a pilot', () => {
    const p = plan({
      'segment-count.reps': 2,
      'segment-count.inside-reps': 1,
      'segment-count.accounts': 220,
      'readiness.master-data': 'poor',
      'readiness.sponsor': 'none',
    });
    expect(phase(p, 'pilot').included).toBe(false);
    expect(phase(p, 'pilot').skippedBecause.map((r) => r.ruleId)).toContain('rollout-skip-pilot-small-team');
    for (const id of ['mobilise', 'design-and-data', 'field-validation', 'enable-and-launch'])
      expect(phase(p, id).weeks, id).toBe(1);
    expect(p.rollout.launchWeeks).toBe(4);
    expect(phase(p, 'reinforce').weeks).toBe(13);
    // The founders are the sponsor: no weeks added for appointing one, and no master-data clean-up
    // phase for a list of 220 accounts.
    expect(phase(p, 'mobilise').adjustments.map((a) => a.ruleId)).toEqual(['rollout-mobilise-small-team']);
    expect(phase(p, 'design-and-data').adjustments.map((a) => a.ruleId)).toEqual([
      'rollout-design-small-team-few-accounts',
    ]);
    // A cap shows as the weeks it takes off, so every phase adds up.
    expectPhasesAddUp(p);
  });

  it('shortens the phases up to a fixed launch date toward their shortest length, keeping the pilot when that is enough', () => {
    // Master data to clean first makes the usual path longer than six months.
    const usual = plan({ 'readiness.master-data': 'poor' });
    const tight = plan({
      'readiness.master-data': 'poor',
      'organisation.in-use-by': '3-6-months',
      'organisation.deadline': 'planning-cycle',
    });
    expect(usual.rollout.launchWeeks).toBeGreaterThan(26);
    expect(tight.rollout.launchWeeks).toBe(26);
    expect(tight.rollout.deadline).toMatchObject({ weeks: 26, met: true });
    expect(tight.rollout.deadline?.note).toContain(`after ${usual.rollout.launchWeeks} weeks`);
    expect(tight.rollout.deadline?.note).toContain('pilot included');
    expect(phase(tight, 'pilot').included).toBe(true);
    expect(phase(tight, 'pilot').weeks).toBeGreaterThanOrEqual(8);
    const cut = tight.rollout.phases.flatMap((ph) =>
      ph.adjustments.filter((a) => a.ruleId === 'rollout-deadline-shortened').map((a) => a.addWeeks),
    );
    expect(cut.reduce((sum, w) => sum + w, 0)).toBe(26 - (usual.rollout.launchWeeks ?? 0));
    expectPhasesAddUp(tight);
    // The date is the start plus the weeks allowed, less a day.
    expect(tight.rollout.deadline?.date).toBe('2026-07-05');
  });

  it('drops the pilot and launches on the data held when shortening alone cannot meet a fixed date', () => {
    const p = plan({ 'organisation.in-use-by': '1-3-months', 'organisation.deadline': 'competitor' });
    expect(phase(p, 'pilot')).toMatchObject({
      included: false,
      skippedBecause: [{ ruleId: 'rollout-deadline-fast-path' }],
    });
    expect(phase(p, 'pilot').skippedBecause[0]?.evidence.map((e) => e.questionId)).toEqual([
      'organisation.in-use-by',
      'organisation.deadline',
    ]);
    expect(p.rollout.launchWeeks).toBeLessThanOrEqual(13);
    expect(p.rollout.deadline).toMatchObject({ weeks: 13, met: true });
    expect(p.rollout.deadline?.note).toMatch(/without a pilot/);
    expectPhasesAddUp(p);
  });

  it('says when even the shortest path misses the date, and what to launch by then', () => {
    // Sixty reps cannot be briefed in a week, even at twice the usual pace.
    const p = plan({ 'organisation.in-use-by': 'under-1-month', 'organisation.deadline': 'own-launch' });
    expect(p.rollout.deadline).toMatchObject({ weeks: 4, met: false });
    expect(p.rollout.deadline?.note).toMatch(/Even the shortest path/);
    expect(p.rollout.launchWeeks).toBeGreaterThan(4);
  });

  it('keeps the usual rollout when the organisation set the date itself, and advises moving it', () => {
    const p = plan({ 'organisation.in-use-by': '1-3-months', 'organisation.deadline': 'none' });
    const usual = plan({});
    expect(p.rollout.launchWeeks).toBe(usual.rollout.launchWeeks);
    expect(phase(p, 'pilot').included).toBe(true);
    expect(p.rollout.deadline).toMatchObject({ weeks: 13, met: false });
    expect(p.rollout.deadline?.note).toMatch(/move it/);
  });
});
