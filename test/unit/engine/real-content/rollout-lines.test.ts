/**
 * The rollout playbook's lines fit the answers: a phase never tells the team to announce a pay
 * change it is not making, to appoint a sponsor it has, or to beat a pilot it skipped.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, RolloutPhasePlan } from '../../../../src/schema/plan/index.ts';
import { realPlan } from '../support/real-content.ts';

function phase(p: Plan, id: string): RolloutPhasePlan {
  const found = p.rollout.phases.find((candidate) => candidate.phaseId === id);
  if (found === undefined) throw new Error(`no phase ${id}`);
  return found;
}

/** Every line of a phase, for searching. */
const lines = (p: RolloutPhasePlan): string =>
  [...p.audiences, ...p.messages, ...p.materials, ...p.activities, ...p.deliverables, ...p.exitCriteria].join('\n');

describe('rollout lines that depend on the answers', () => {
  it('promises an incentive change at launch only when the incentives are being redesigned with the segments', () => {
    const aligned = phase(realPlan({ 'rollout.incentives': 'aligned' }), 'enable-and-launch');
    expect(aligned.messages).toContain(
      'Your incentive plan changes on the same date, and this is exactly how the transition protects you.',
    );
    expect(aligned.activities).toContain('Announce incentive changes alongside the segmentation');
    expect(aligned.deliverables).toContain('Incentive plan issued');

    for (const answer of ['no-change', 'review-later']) {
      const unchanged = phase(realPlan({ 'rollout.incentives': answer }), 'enable-and-launch');
      expect(lines(unchanged), answer).not.toMatch(/incentive plan changes|Incentive plan issued|Announce incentive/);
      expect(unchanged.messages, answer).toContain(
        'Pay is not part of this launch; until the incentive plan is aligned with the segments, here is how your current goals fit the new priorities.',
      );
      expect(unchanged.activities.some((a) => a.startsWith('Tell reps that pay is not part of this launch'))).toBe(
        true,
      );
    }
  });

  it('keeps a conditional line when the question it depends on is unanswered', () => {
    const open = phase(realPlan({}), 'enable-and-launch');
    expect(open.deliverables).toContain('Incentive plan issued');
  });

  it('speaks to inside sales only when the design hands a tier to them', () => {
    // The design puts a tier in inside sales only when the organisation has inside sales.
    const withInside = realPlan({ 'organisation.route': ['field', 'inside-sales'] });
    expect(withInside.design.layers[0]?.segments.some((s) => s.treatment.channel === 'inside-sales')).toBe(true);
    const handoff = phase(withInside, 'enable-and-launch');
    expect(handoff.audiences).toContain('Inside sales and customer service teams that take over lower tiers');
    expect(handoff.messages).toContain(
      'What changes for you on Monday: these accounts get more of your time, these get less, and these move to inside sales.',
    );
    for (const routes of [['field'], ['field', 'digital', 'partners']]) {
      const kept = realPlan({ 'organisation.route': routes, 'segment-count.rep-use': ['call-frequency', 'handoff'] });
      expect(kept.design.layers[0]?.segments.some((s) => s.treatment.channel === 'inside-sales')).toBe(false);
      const launch = phase(kept, 'enable-and-launch');
      expect(lines(launch), routes.join()).not.toMatch(/inside sales/i);
      expect(launch.messages).toContain(
        'What changes for you on Monday: these accounts get more of your time, and these get less.',
      );
    }
  });

  it('drops the mobilise steps the answers show are done, and keeps those that are not', () => {
    const ready = phase(
      realPlan({
        'readiness.sponsor': 'active',
        'readiness.owner': 'cross-functional',
        'readiness.objective': 'written-kpi',
        'readiness.baseline': 'test-control',
        'readiness.timing': 'aligned-reviewed',
        // No rule on targeting applies, so no compliance review is booked.
        'organisation.regulation': ['none'],
      }),
      'mobilise',
    );
    expect(ready.activities).toEqual([
      'Confirm that the written decision and its KPI still hold, and put them in the charter',
      "Set up a weekly working team that reports to the sponsor's existing steering meetings",
      'Agree cut-off logic, the override cap and pay protection',
    ]);
    // The compliance review is booked by the rules on targeting (organisation.regulation), not by the timing.
    const timed = phase(realPlan({ 'readiness.timing': 'aligned' }), 'mobilise');
    expect(timed.activities).toContain('Reset goals on the new segments for the launch period');
    expect(lines(timed)).not.toMatch(/Place the launch date/);
    const unchecked = phase(realPlan({ 'readiness.timing': 'not-checked' }), 'mobilise');
    expect(unchecked.activities).toContain('Place the launch date on an incentive-period boundary');
    const starting = phase(realPlan({ 'readiness.sponsor': 'interested', 'readiness.owner': 'none' }), 'mobilise');
    expect(starting.activities.slice(0, 2)).toEqual([
      'Appoint an executive sponsor who funds the work and chairs the steering group',
      'Name one owner who gets sales, marketing, operations and finance to sign off a single segmentation',
    ]);
  });

  it('measures reinforcement against the pilot only when there is one', () => {
    const withPilot = phase(realPlan({ 'rollout.pilot': 'pilot' }), 'reinforce');
    expect(withPilot.exitCriteria.join('\n')).toContain('the level reached in the pilot');
    const without = realPlan({ 'rollout.pilot': 'no-pilot' });
    expect(phase(without, 'pilot').included).toBe(false);
    expect(lines(phase(without, 'reinforce'))).not.toMatch(/pilot/);
    expect(phase(without, 'reinforce').exitCriteria).toContain(
      'The share of calls on the top two segments holds at or above the launch target for two consecutive months',
    );
  });

  it('never suggests, as a next action, a step the answers show is done', () => {
    const ready = realPlan({
      'readiness.sponsor': 'active',
      'readiness.owner': 'cross-functional',
      'readiness.objective': 'written-kpi',
    });
    // No risk is raised, so the actions come from the first rollout phase.
    expect(ready.summary.topRisks).toEqual([]);
    expect(ready.summary.nextActions).toHaveLength(3);
    expect(ready.summary.nextActions.join('\n')).not.toMatch(/Appoint|Name one owner|Write the decision/);
  });
});
