import { describe, expect, it } from 'vitest';
import { rolloutLaunchLine } from '../../../src/present/plan-text.ts';
import { planToMarkdown } from '../../../src/render/markdown/plan-markdown.ts';
import { realPlan } from '../engine/support/real-content.ts';

/** The Markdown plan's rollout part, up to the next part. */
function rolloutPart(markdown: string): string {
  const start = markdown.indexOf('## Rollout');
  const next = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, next < 0 ? undefined : next);
}

describe('the Markdown plan: rollout', () => {
  it('says when the segments are in use and why each phase differs from the playbook, pilot kept included', () => {
    const plan = realPlan({
      'rollout.start-date': '2026-01-05',
      'rollout.pilot': 'no-pilot',
      'segment-count.reps': 120,
      'readiness.master-data': 'poor',
    });
    const part = rolloutPart(planToMarkdown(plan));
    expect(part).toContain(rolloutLaunchLine(plan.rollout));
    const kept = plan.rollout.phases.find((p) => p.phaseId === 'pilot')?.keptBecause[0];
    if (kept === undefined) throw new Error('the pilot should be kept for 120 reps');
    expect(part).toContain(`- Pilot: one full cycle with part of the team, kept: ${kept.because}`);
    const design = plan.rollout.phases.find((p) => p.phaseId === 'design-and-data');
    const added = design?.adjustments.find((a) => a.ruleId === 'rollout-design-poor-master-data');
    expect(added?.addWeeks).toBe(4);
    expect(part).toContain(`, +4 weeks: ${added?.because ?? ''}`);
  });

  it('prints no deadline and no list of changes when nothing moved the playbook', () => {
    const plan = realPlan({ 'rollout.start-date': '2026-01-05', 'segment-count.reps': 40 });
    const part = rolloutPart(planToMarkdown(plan));
    expect(plan.rollout.deadline).toBeNull();
    expect(part).not.toContain('They are needed by');
    expect(plan.rollout.phases.every((p) => p.adjustments.length === 0 && p.skippedBecause.length === 0)).toBe(true);
    expect(part).not.toContain('Why the phases differ');
  });
});
