/**
 * Conditional lines resolve the same way wherever the catalogue uses them: a rollout phase's owner
 * and lists, a mistake's remediation, a system's owner, changes, checklist and risks, and a
 * warning sign's check question. `text` when `when` holds, else `otherwise` (which may chain),
 * else nothing.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import type { ConditionalLine } from '../../../src/schema/catalogue.ts';
import { answersDoc, SYNTHETIC, syntheticContent } from './support/synthetic-content.ts';

const BIG = { question: 'segment-count.reps', op: 'gt', value: 10 } as const;
const TINY = { question: 'segment-count.reps', op: 'lte', value: 3 } as const;

/** Founders for a tiny team, a VP for a big one, a head of sales otherwise (and when unanswered). */
const OWNER: ConditionalLine = {
  text: 'VP Sales',
  when: BIG,
  otherwise: { text: 'The founders', when: TINY, otherwise: 'Head of sales' },
};

const content = syntheticContent({
  rollout: SYNTHETIC.rollout.map((phase) =>
    phase.id === 'mobilise'
      ? { ...phase, owner: OWNER, audiences: ['Leadership', { text: 'Regional managers', when: BIG }] }
      : phase,
  ),
  mistakes: SYNTHETIC.mistakes.map((mistake) =>
    mistake.id === 'segmenting-without-purpose'
      ? {
          ...mistake,
          remediation: [
            { text: 'Ask the steering group to sign the goal', when: BIG, otherwise: 'Write the goal down' },
            ...mistake.remediation,
          ],
        }
      : mistake,
  ),
  systems: SYNTHETIC.systems.map((system) =>
    system.id === 'crm'
      ? {
          ...system,
          owner: OWNER,
          changes: [{ text: 'Rep-level fields', when: TINY }, ...system.changes],
          checklist: [{ text: 'Brief the admin team', when: BIG, otherwise: 'Brief the admin' }],
          risks: [{ text: 'Regional copies drift', when: BIG }, ...system.risks],
        }
      : system,
  ),
  warningSigns: SYNTHETIC.warningSigns.map((sign) =>
    sign.id === 'growth-plateau'
      ? {
          ...sign,
          checkQuestion: { text: 'Has growth stalled in any region?', when: BIG, otherwise: 'Has growth stalled?' },
        }
      : sign,
  ),
});

const plan = (answers: Parameters<typeof answersDoc>[0]) =>
  buildPlan(content, answersDoc({ 'systems.crm': 'salesforce', ...answers }));

describe('conditional lines', () => {
  it('choose a single text along its otherwise chain, with the last one for an unanswered question', () => {
    const owners = (answers: Parameters<typeof answersDoc>[0]) => {
      const p = plan(answers);
      return [p.rollout.phases[0]?.owner, p.systems.find((s) => s.systemId === 'crm')?.owner];
    };
    expect(owners({ 'segment-count.reps': 40 })).toEqual(['VP Sales', 'VP Sales']);
    expect(owners({ 'segment-count.reps': 3 })).toEqual(['The founders', 'The founders']);
    expect(owners({ 'segment-count.reps': 8 })).toEqual(['Head of sales', 'Head of sales']);
    expect(owners({})).toEqual(['Head of sales', 'Head of sales']);
  });

  it('drop a list line whose condition fails and has no otherwise, and print the otherwise of one that has', () => {
    const big = plan({ 'segment-count.reps': 40, 'readiness.objective': 'none' });
    const tiny = plan({ 'segment-count.reps': 2, 'readiness.objective': 'none' });
    expect(big.rollout.phases[0]?.audiences).toEqual(['Leadership', 'Regional managers']);
    expect(tiny.rollout.phases[0]?.audiences).toEqual(['Leadership']);

    const remediation = (p: typeof big) =>
      p.mistakeFindings.find((f) => f.mistakeId === 'segmenting-without-purpose')?.remediation[0];
    expect(remediation(big)).toBe('Ask the steering group to sign the goal');
    expect(remediation(tiny)).toBe('Write the goal down');
    // The summary's next actions quote the resolved remediation.
    expect(tiny.summary.nextActions).toContain('Write the goal down');

    const crm = (p: typeof big) => p.systems.find((s) => s.systemId === 'crm');
    expect(crm(big)).toMatchObject({
      changes: ['c'],
      checklist: ['Brief the admin team'],
      risks: ['Regional copies drift', 'r'],
    });
    expect(crm(tiny)).toMatchObject({
      changes: ['Rep-level fields', 'c'],
      checklist: ['Brief the admin'],
      risks: ['r'],
    });
  });

  it('resolve a warning sign check question', () => {
    const question = (p: ReturnType<typeof plan>) =>
      p.cadence.triggers.find((t) => t.signId === 'growth-plateau')?.checkQuestion;
    expect(question(plan({ 'segment-count.reps': 40 }))).toBe('Has growth stalled in any region?');
    expect(question(plan({}))).toBe('Has growth stalled?');
  });
});
