import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/schema/question.ts';
import { defaultConsensus } from '../../../src/workshop/default-consensus.ts';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { CONSENSUS_ROLE, consensusDocument, decisions } from '../../../src/workshop/consensus.ts';
import { teamView } from '../../../src/workshop/team-view.ts';
import { createWorkshop, setConsensus, type Workshop } from '../../../src/workshop/workshop-model.ts';
import { SYNTHETIC } from '../engine/support/synthetic-content.ts';
import { realContent } from '../engine/support/real-content.ts';
import { realisticResponses } from './support/responses.ts';
import { response } from './support/team.ts';

const responses = [
  response('Ann', 'Sales VP', {
    'method.goal': 'messaging',
    'readiness.data-quality': 2,
    'method.data': ['survey', 'market-data'],
  }),
  response('Bob', 'Marketing', {
    'method.goal': 'messaging',
    'readiness.data-quality': 4,
    'method.data': ['market-data'],
  }),
  response('Cy', 'Sales ops', {
    'method.goal': 'call-allocation',
    'readiness.data-quality': 5,
    'method.data': ['market-data', 'survey'],
  }),
];
const base: Workshop = {
  ...createWorkshop(
    {
      client: ' Acme Pharma ',
      date: '2025-06-16',
      participants: [
        { name: 'Ann Lee', role: 'Sales VP' },
        { name: 'Bob Ray', role: 'Marketing' },
      ],
    },
    'workshop-1',
  ),
  responses,
};
const spreads = teamView(SYNTHETIC, responses);

describe('the consensus document', () => {
  it('starts from the defaults: most common answer, median, majority options', () => {
    const doc = consensusDocument(SYNTHETIC, base, spreads);
    expect(doc.answers).toEqual({
      'method.goal': 'messaging',
      'readiness.data-quality': 4,
      'method.data': ['market-data', 'survey'],
    });
    expect(doc.notes).toEqual({});
  });

  it("takes the facilitator's overrides and notes, and a null override leaves the question unanswered", () => {
    let workshop = setConsensus(base, 'method.goal', { value: 'call-allocation', note: 'Capacity decides this year.' });
    workshop = setConsensus(workshop, 'readiness.data-quality', { value: null });
    workshop = setConsensus(workshop, 'method.data', { note: 'Survey data is two years old.' });
    const doc = consensusDocument(SYNTHETIC, workshop, spreads);
    expect(doc.answers).toEqual({ 'method.goal': 'call-allocation', 'method.data': ['market-data', 'survey'] });
    expect(doc.notes).toEqual({
      'method.goal': 'Capacity decides this year.',
      'method.data': 'Survey data is two years old.',
    });
  });

  it('names the client, the respondents (never an expected participant who did not answer), the consensus role and the date', () => {
    const doc = consensusDocument(SYNTHETIC, base, spreads);
    expect(doc.meta).toEqual({
      organisation: 'Acme Pharma',
      respondent: 'Ann, Bob, Cy',
      role: CONSENSUS_ROLE,
      date: '2025-06-16',
    });
    expect(doc.contentVersion).toBe(SYNTHETIC.settings.contentVersion);
    expect(consensusDocument(SYNTHETIC, { ...base, participants: [] }, spreads).meta.respondent).toBe('Ann, Bob, Cy');
  });

  it("keeps meta within the answers format's 200 characters however many people took part", () => {
    const many = Array.from({ length: 40 }, (_, i) => response(`Participant number ${i + 1}`, 'Rep', {}));
    expect(
      consensusDocument(SYNTHETIC, { ...base, responses: many }, spreads).meta.respondent.length,
    ).toBeLessThanOrEqual(200);
  });

  it('gives a plan with nothing set aside, built from 50 realistic responses on the real content', () => {
    const content = realContent();
    const team = realisticResponses(content, 50);
    const workshop: Workshop = {
      ...createWorkshop({ client: 'Northwind', date: '2025-06-16', participants: [] }, 'workshop-2'),
      responses: team,
    };
    const plan = buildPlan(content, consensusDocument(content, workshop, teamView(content, team)));
    expect(plan.setAside).toEqual([]);
    expect(plan.meta.role).toBe(CONSENSUS_ROLE);
    expect(plan.confidence.answered).toBeGreaterThan(30);
  });
});

describe('the decisions list', () => {
  it('lists each answered question with its default and agreed answer, marking overrides', () => {
    let workshop = setConsensus(base, 'method.goal', { value: 'call-allocation', note: 'Capacity decides.' });
    // The same options in another order is no override.
    workshop = setConsensus(workshop, 'method.data', { value: ['survey', 'market-data'] });
    // A decision on a question nobody answered is listed too.
    workshop = setConsensus(workshop, 'systems.crm-owner', { value: 'Revenue operations' });
    const list = decisions(workshop, spreads);
    expect(list.map((d) => d.questionId)).toEqual([
      'readiness.data-quality',
      'method.goal',
      'method.data',
      'systems.crm-owner',
    ]);
    expect(list.find((d) => d.questionId === 'method.goal')).toMatchObject({
      defaultLabels: ['Label messaging'],
      agreedLabels: ['Label call-allocation'],
      overridden: true,
      note: 'Capacity decides.',
    });
    expect(list.find((d) => d.questionId === 'method.data')?.overridden).toBe(false);
    expect(list.find((d) => d.questionId === 'readiness.data-quality')).toMatchObject({
      overridden: false,
      note: null,
      agreedLabels: ['4 of 5'],
    });
    expect(list.find((d) => d.questionId === 'systems.crm-owner')).toMatchObject({
      defaultLabels: [],
      agreedLabels: ['Revenue operations'],
      overridden: true,
    });
  });
});

describe('the default consensus for text answers', () => {
  const question: Question = {
    id: 'rollout.start-date',
    type: 'text',
    prompt: 'When should the rollout start (YYYY-MM-DD)?',
    help: 'The timeline is computed from it.',
    topic: 'the start date',
    required: false,
    allowDontKnow: true,
    order: 'none',
    related: [],
  };

  it('takes the text more than half gave, ignoring case and surrounding spaces', () => {
    expect(defaultConsensus(question, ['2027-03-01', ' 2027-03-01 ', '2027-04-01'])).toBe('2027-03-01');
    expect(defaultConsensus({ ...question, type: 'longtext' }, ['Sales Ops', 'sales ops'])).toBe('Sales Ops');
  });

  it('has no default when no text has a majority', () => {
    expect(defaultConsensus(question, ['2027-03-01', '2027-04-01'])).toBeNull();
    expect(defaultConsensus(question, ['2027-03-01', { dontKnow: true }, { dontKnow: true }])).toBeNull();
  });
});
