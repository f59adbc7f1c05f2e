// Consensus is never silent (issue 20, 2 and 3): where respondents differ, the default answer is
// "not yet agreed" until the facilitator confirms or changes it, the team plan's confidence drops
// for each such question and names them, and only people who answered are respondents.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { planSchema } from '../../../src/schema/plan/index.ts';
import {
  consensusDocument,
  isSettled,
  notAnswered,
  teamConfidence,
  UNSETTLED_PENALTY,
  unsettledQuestions,
} from '../../../src/workshop/consensus.ts';
import { defaultRule } from '../../../src/workshop/default-consensus.ts';
import { teamPlan } from '../../../src/workshop/team-plan.ts';
import { teamView } from '../../../src/workshop/team-view.ts';
import { createWorkshop, parseWorkshop, setConsensus, type Workshop } from '../../../src/workshop/workshop-model.ts';
import { realContent } from '../engine/support/real-content.ts';
import { response } from './support/team.ts';

const content = realContent();
const base = createWorkshop(
  {
    client: 'Northwind',
    date: '2025-06-16',
    participants: [
      { name: 'Ann', role: 'Sales VP' },
      { name: 'Bob', role: 'Marketing' },
      { name: 'Cy', role: 'Sales ops' },
      { name: 'Dee', role: 'Finance' },
    ],
  },
  'workshop-agree',
);
/** Three people, three different goals, the same objective. */
const differing: Workshop = {
  ...base,
  responses: [
    response('Ann', 'Sales VP', { 'method.goal': 'call-allocation', 'readiness.objective': 'written-kpi' }),
    response('Bob', 'Marketing', { 'method.goal': 'message-channel', 'readiness.objective': 'written-kpi' }),
    response('Cy', 'Sales ops', { 'method.goal': 'share-of-wallet', 'readiness.objective': 'written-kpi' }),
  ].map((r) => ({ ...r, document: { ...r.document, contentVersion: content.settings.contentVersion } })),
};
const spreads = teamView(content, differing.responses);
const spreadOf = (id: string) => {
  const found = spreads.find((s) => s.questionId === id);
  if (found === undefined) throw new Error(id);
  return found;
};

describe('not yet agreed', () => {
  it('marks a question the team answered differently as not settled, and one everyone answered alike as settled', () => {
    expect(isSettled(differing, spreadOf('method.goal'))).toBe(false);
    expect(isSettled(differing, spreadOf('readiness.objective'))).toBe(true);
    expect(unsettledQuestions(differing, spreads).map((s) => s.questionId)).toEqual(['method.goal']);
  });

  it('settles it when the facilitator confirms the default or chooses another answer, and unsettles it again on going back', () => {
    const confirmed = setConsensus(differing, 'method.goal', { confirmed: true });
    expect(isSettled(confirmed, spreadOf('method.goal'))).toBe(true);
    const changed = setConsensus(differing, 'method.goal', { value: 'share-of-wallet' });
    expect(isSettled(changed, spreadOf('method.goal'))).toBe(true);
    expect(isSettled(setConsensus(changed, 'method.goal', null), spreadOf('method.goal'))).toBe(false);
  });

  it('keeps a confirmation through storage', () => {
    const stored = parseWorkshop(
      JSON.parse(JSON.stringify(setConsensus(differing, 'method.goal', { confirmed: true }))),
    );
    expect(stored.ok && stored.workshop.consensus['method.goal']).toEqual({ confirmed: true });
  });

  it('states the rule behind each default', () => {
    expect(defaultRule(spreadOf('method.goal'))).toBe('a tie at 1 of 3 each, broken by taking the option listed first');
    expect(defaultRule(spreadOf('readiness.objective'))).toBe('most common answer, 3 of 3');
  });
});

describe('the team plan', () => {
  const consensus = consensusDocument(content, differing, spreads);

  it('loses confidence for each unagreed question, names it, and regains it once agreed', () => {
    const own = buildPlan(content, consensus).confidence;
    const plan = teamPlan(content, differing, spreads, consensus);
    expect(plan?.confidence.score).toBe(Math.max(0, own.score - UNSETTLED_PENALTY));
    expect(plan?.confidence.statement).toContain('One question the team answered differently is not yet agreed');
    expect(plan?.confidence.statement).toContain(spreadOf('method.goal').topic);
    expect(plan?.alignment?.decisions.find((d) => d.questionId === 'method.goal')?.settled).toBe(false);
    expect(planSchema.safeParse(plan).success).toBe(true);

    const agreed = setConsensus(differing, 'method.goal', { confirmed: true });
    const settledPlan = teamPlan(content, agreed, spreads, consensusDocument(content, agreed, spreads));
    expect(settledPlan?.confidence).toEqual(own);
  });

  it('never falls below 0 and lowers the level with the score', () => {
    const own = buildPlan(content, consensus).confidence;
    const many = Array.from({ length: 12 }, () => spreadOf('method.goal'));
    expect(teamConfidence({ ...own, score: 100, level: 'high' }, many)).toMatchObject({ score: 0, level: 'low' });
    expect(teamConfidence({ ...own, score: 100, level: 'high' }, many.slice(0, 3))).toMatchObject({
      score: 70,
      level: 'medium',
    });
  });

  it('lists as respondents only the people who answered, and the expected ones who did not apart', () => {
    const plan = teamPlan(content, differing, spreads, consensus);
    expect(plan?.meta.respondent).toBe('Ann, Bob, Cy');
    expect(plan?.alignment?.participants.map((p) => p.name)).toEqual(['Ann', 'Bob', 'Cy']);
    expect(plan?.alignment?.notAnswered).toEqual([{ name: 'Dee', role: 'Finance' }]);
    expect(notAnswered({ ...differing, participants: [{ name: ' ann ', role: '' }] })).toEqual([]);
  });

  it('is null before the first response', () => {
    expect(teamPlan(content, base, teamView(content, []), consensusDocument(content, base, []))).toBeNull();
  });
});
