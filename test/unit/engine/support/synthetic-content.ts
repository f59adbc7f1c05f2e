/**
 * A small, hand-made content bundle for the engine's core tests. It is built through the real
 * content schemas (so defaults apply exactly as for files on disk) and is independent of
 * whatever the content authors are writing in content/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  designSettingsSchema,
  methodSchema,
  mistakeSchema,
  readinessModelSchema,
  rolloutPhaseSchema,
  systemSchema,
  warningSignSchema,
} from '../../../../src/schema/catalogue.ts';
import type { ContentBundle } from '../../../../src/schema/content-bundle.ts';
import { sectionSchema } from '../../../../src/schema/question.ts';
import { ruleSchema } from '../../../../src/schema/rule.ts';
import type { AnswersDocument } from '../../../../src/schema/answers.ts';
import type { AnswerValue } from '../../../../src/schema/answer-value.ts';

const opts = (...ids: string[]) => ids.map((id) => ({ id, label: `Label ${id}` }));

const sections = [
  {
    id: 'readiness',
    order: 1,
    title: 'Readiness',
    intro: 'Readiness questions.',
    questions: [
      {
        id: 'readiness.objective',
        type: 'single',
        prompt: 'Is the goal written?',
        help: 'h',
        topic: 'the goal',
        allowDontKnow: true,
        order: 'ascending',
        options: opts('none', 'verbal', 'written', 'written-kpi'),
      },
      {
        id: 'readiness.sponsor',
        type: 'single',
        prompt: 'Is there a sponsor?',
        help: 'h',
        topic: 'the sponsor',
        order: 'ascending',
        options: opts('none', 'informal', 'named'),
      },
      {
        id: 'readiness.data-quality',
        type: 'scale',
        prompt: 'How clean is the data?',
        help: 'h',
        topic: 'data quality',
        order: 'ascending',
        allowDontKnow: true,
        scaleLabels: ['Poor', 'Excellent'],
      },
    ],
  },
  {
    id: 'current-state',
    order: 2,
    title: 'Current state',
    intro: 'Where you are.',
    questions: [
      {
        id: 'current-state.has-segmentation',
        type: 'single',
        prompt: 'Do you segment today?',
        help: 'h',
        topic: 'an existing segmentation',
        required: true,
        options: opts('yes', 'no'),
      },
      {
        id: 'current-state.basis',
        type: 'single',
        prompt: 'What is it based on?',
        help: 'h',
        topic: 'the current basis',
        options: opts('product', 'potential', 'sales'),
        visibleIf: { question: 'current-state.has-segmentation', op: 'is', value: 'yes' },
      },
    ],
  },
  {
    id: 'method',
    order: 3,
    title: 'Method',
    intro: 'Method inputs.',
    questions: [
      {
        id: 'method.goal',
        type: 'single',
        prompt: 'What is the goal?',
        help: 'h',
        topic: 'the goal type',
        options: opts('call-allocation', 'share-of-wallet', 'messaging'),
      },
      {
        id: 'method.data',
        type: 'multiple',
        prompt: 'What data do you have?',
        help: 'h',
        topic: 'available data',
        options: [
          ...opts('market-data', 'transactions', 'survey'),
          { id: 'nothing', label: 'None of these', exclusive: true },
        ],
      },
      {
        id: 'method.analytics',
        type: 'single',
        prompt: 'Analytics skill?',
        help: 'h',
        topic: 'analytics skill',
        order: 'ascending',
        options: opts('none', 'basic', 'advanced'),
      },
    ],
  },
  {
    id: 'segment-count',
    order: 4,
    title: 'Segment count',
    intro: 'Numbers.',
    questions: [
      {
        id: 'segment-count.reps',
        type: 'number',
        prompt: 'How many reps?',
        help: 'h',
        topic: 'reps',
        unit: 'reps',
        unitOne: 'rep',
        min: 1,
        max: 100000,
        integer: true,
      },
      {
        id: 'segment-count.accounts',
        type: 'number',
        prompt: 'How many accounts?',
        help: 'h',
        topic: 'accounts',
        unit: 'accounts',
        unitOne: 'account',
        min: 1,
        max: 10000000,
        integer: true,
        allowDontKnow: true,
      },
      {
        id: 'segment-count.treatments',
        type: 'number',
        prompt: 'How many treatments?',
        help: 'h',
        topic: 'treatments',
        unit: 'treatments',
        unitOne: 'treatment',
        min: 1,
        max: 20,
        integer: true,
      },
    ],
  },
  {
    id: 'systems',
    order: 5,
    title: 'Systems',
    intro: 'Systems.',
    questions: [
      {
        id: 'systems.crm',
        type: 'single',
        prompt: 'Which CRM?',
        help: 'h',
        topic: 'the CRM',
        options: opts('salesforce', 'veeva', 'none'),
      },
      {
        id: 'systems.crm-owner',
        type: 'text',
        prompt: 'Who owns the CRM?',
        help: 'h',
        topic: 'the CRM owner',
        maxLength: 100,
      },
    ],
  },
  {
    id: 'rollout',
    order: 6,
    title: 'Rollout',
    intro: 'Rollout.',
    questions: [
      {
        id: 'rollout.start-date',
        type: 'text',
        prompt: 'When do you start?',
        help: 'h',
        topic: 'the start date',
        maxLength: 10,
      },
      {
        id: 'rollout.pilot',
        type: 'single',
        prompt: 'Will you pilot?',
        help: 'h',
        topic: 'a pilot',
        options: opts('yes', 'no'),
      },
      { id: 'rollout.notes', type: 'longtext', prompt: 'Anything else?', help: 'h', topic: 'other remarks' },
    ],
  },
  {
    id: 'cadence',
    order: 7,
    title: 'Cadence',
    intro: 'Cadence.',
    questions: [
      { id: 'cadence.owner', type: 'text', prompt: 'Who owns reviews?', help: 'h', topic: 'the review owner' },
      {
        id: 'cadence.churn',
        type: 'single',
        prompt: 'Does membership churn?',
        help: 'h',
        topic: 'membership churn',
        options: opts('low', 'high'),
      },
    ],
  },
];

const ALWAYS = { all: [] };
const rules = [
  // Readiness: objective (two items) and customer-data (one item).
  {
    kind: 'readiness',
    id: 'objective-written',
    dimension: 'objective',
    weight: 2,
    steps: [
      {
        when: { question: 'readiness.objective', op: 'is', value: 'written-kpi' },
        score: 1,
        because: 'A written goal with a KPI.',
      },
      {
        when: { question: 'readiness.objective', op: 'is', value: 'written' },
        score: 0.75,
        because: 'A written goal.',
      },
      {
        when: { question: 'readiness.objective', op: 'is', value: 'verbal' },
        score: 0.25,
        because: 'Only a verbal goal.',
      },
      { when: { question: 'readiness.objective', op: 'is', value: 'none' }, score: 0, because: 'No goal.' },
    ],
  },
  {
    kind: 'readiness',
    id: 'objective-sponsor',
    dimension: 'sponsorship',
    steps: [
      { when: { question: 'readiness.sponsor', op: 'is', value: 'named' }, score: 1, because: 'A named sponsor.' },
      {
        when: { question: 'readiness.sponsor', op: 'is', value: 'informal' },
        score: 0.5,
        because: 'An informal sponsor.',
      },
      { when: { question: 'readiness.sponsor', op: 'is', value: 'none' }, score: 0, because: 'No sponsor.' },
    ],
  },
  {
    kind: 'readiness',
    id: 'data-quality',
    dimension: 'customer-data',
    steps: [
      { when: { question: 'readiness.data-quality', op: 'gte', value: 4 }, score: 1, because: 'Clean data.' },
      { when: { question: 'readiness.data-quality', op: 'gte', value: 2 }, score: 0.5, because: 'Usable data.' },
      { when: { question: 'readiness.data-quality', op: 'answered' }, score: 0, because: 'Poor data.' },
    ],
  },
  // Mistakes.
  {
    kind: 'mistake',
    id: 'no-goal',
    mistake: 'segmenting-without-purpose',
    severity: 'high',
    when: { question: 'readiness.objective', op: 'in', value: ['none', 'verbal'] },
    because: 'No written goal.',
  },
  {
    kind: 'mistake',
    id: 'goal-unknown',
    mistake: 'segmenting-without-purpose',
    severity: 'medium',
    when: { question: 'readiness.objective', op: 'dontKnow' },
    because: 'Nobody knows the goal.',
  },
  {
    kind: 'mistake',
    id: 'by-product',
    mistake: 'segmenting-by-product',
    severity: 'high',
    when: { question: 'current-state.basis', op: 'is', value: 'product' },
    because: 'Segments follow products.',
  },
  {
    kind: 'mistake',
    id: 'by-sales',
    mistake: 'current-sales-not-potential',
    severity: 'medium',
    when: {
      all: [
        { question: 'current-state.basis', op: 'is', value: 'sales' },
        { not: { question: 'method.data', op: 'includes', value: 'market-data' } },
      ],
    },
    because: 'Sales, not potential.',
  },
  // Methods.
  {
    kind: 'method',
    id: 'md-data',
    method: 'market-data',
    fit: 40,
    when: { question: 'method.data', op: 'includes', value: 'market-data' },
    because: 'Market data exists.',
  },
  {
    kind: 'method',
    id: 'md-goal',
    method: 'market-data',
    fit: 10,
    when: { question: 'method.goal', op: 'is', value: 'call-allocation' },
    because: 'Goal is call allocation.',
  },
  {
    kind: 'method',
    id: 'md-block',
    method: 'market-data',
    blocker: true,
    when: { not: { question: 'method.data', op: 'includes', value: 'market-data' } },
    because: 'No market data.',
  },
  {
    kind: 'method',
    id: 'sa-low',
    method: 'simple-attribute',
    fit: 30,
    when: { question: 'method.analytics', op: 'in', value: ['none', 'basic'] },
    because: 'Little analytics.',
  },
  {
    kind: 'method',
    id: 'sa-advanced',
    method: 'simple-attribute',
    fit: -20,
    when: { question: 'method.analytics', op: 'is', value: 'advanced' },
    because: 'Analytics can do more.',
  },
  {
    kind: 'method',
    id: 'lc-goal',
    method: 'latent-class',
    fit: 50,
    when: {
      all: [
        { question: 'method.goal', op: 'is', value: 'messaging' },
        { question: 'method.analytics', op: 'is', value: 'advanced' },
      ],
    },
    because: 'Messaging goal with advanced analytics.',
  },
  {
    kind: 'method',
    id: 'lc-block',
    method: 'latent-class',
    blocker: true,
    when: {
      any: [
        { not: { question: 'method.data', op: 'includes', value: 'survey' } },
        { question: 'method.analytics', op: 'isNot', value: 'advanced' },
      ],
    },
    because: 'Needs survey data and advanced analytics.',
  },
  {
    kind: 'method',
    id: 'vb-goal',
    method: 'value-based',
    fit: 60,
    when: { question: 'method.goal', op: 'is', value: 'share-of-wallet' },
    because: 'Share of wallet goal.',
  },
  // Facts: the first rule that yields wins.
  { kind: 'fact', id: 'reps', fact: 'reps', question: 'segment-count.reps', because: 'Your rep count.' },
  {
    kind: 'fact',
    id: 'accounts',
    fact: 'accounts',
    question: 'segment-count.accounts',
    because: 'Your account count.',
  },
  {
    kind: 'fact',
    id: 'treatments',
    fact: 'treatments',
    question: 'segment-count.treatments',
    because: 'Your treatments.',
  },
  {
    kind: 'fact',
    id: 'calls',
    fact: 'callsPerRepPerYear',
    when: ALWAYS,
    value: 800,
    because: 'About 800 calls a year per rep.',
  },
  {
    kind: 'fact',
    id: 'min-per-rep',
    fact: 'minAccountsPerRepPerSegment',
    when: ALWAYS,
    value: 10,
    because: 'At least 10 accounts per rep per segment.',
  },
  {
    kind: 'fact',
    id: 'carry-small',
    fact: 'maxSegmentsRepsCanCarry',
    when: { question: 'segment-count.reps', op: 'lt', value: 10 },
    value: 4,
    because: 'Small teams carry 4.',
  },
  {
    kind: 'fact',
    id: 'carry',
    fact: 'maxSegmentsRepsCanCarry',
    when: ALWAYS,
    value: 6,
    because: 'Reps carry about 6.',
  },
  // Systems.
  {
    kind: 'system',
    id: 'crm-used',
    system: 'crm',
    impact: 'medium',
    when: { question: 'systems.crm', op: 'in', value: ['salesforce', 'veeva'] },
    because: 'A CRM holds the segment.',
  },
  {
    kind: 'system',
    id: 'crm-veeva',
    system: 'crm',
    impact: 'high',
    when: { question: 'systems.crm', op: 'is', value: 'veeva' },
    because: 'Veeva needs product metrics.',
  },
  {
    kind: 'system',
    id: 'bi-always',
    system: 'bi-reporting',
    impact: 'low',
    when: ALWAYS,
    because: 'Reports by segment.',
  },
  // Rollout.
  {
    kind: 'rollout',
    id: 'no-pilot',
    phase: 'pilot',
    skip: true,
    when: { question: 'rollout.pilot', op: 'is', value: 'no' },
    because: 'No pilot planned.',
  },
  {
    kind: 'rollout',
    id: 'big-force',
    phase: 'enable-and-launch',
    addWeeks: 2,
    when: { question: 'segment-count.reps', op: 'gt', value: 200 },
    because: 'A large force takes longer.',
  },
  // Warning signs.
  {
    kind: 'warning',
    id: 'churn',
    sign: 'fast-membership-churn',
    when: { question: 'cadence.churn', op: 'is', value: 'high' },
    because: 'Membership churns.',
  },
  // Cadence.
  {
    kind: 'cadence',
    id: 'base',
    role: 'default',
    designMonths: 12,
    membershipMonths: 6,
    when: ALWAYS,
    because: 'Yearly design review.',
  },
  {
    kind: 'cadence',
    id: 'fast',
    membershipMonths: 3,
    when: { question: 'cadence.churn', op: 'is', value: 'high' },
    because: 'Churn calls for quarterly refresh.',
  },
];

const article = (id: string) => ({ id, title: `Title ${id}`, summary: `Summary of ${id}.`, sources: [] });

const mistakes = [
  {
    ...article('segmenting-without-purpose'),
    category: 'purpose',
    core: true,
    severity: 'high',
    questions: ['readiness.objective'],
    remediation: ['Write the decision down.', 'Pick a KPI.'],
  },
  {
    ...article('segmenting-by-product'),
    category: 'basis',
    core: true,
    severity: 'high',
    questions: ['current-state.basis'],
    remediation: ['Segment customers, not products.'],
  },
  {
    ...article('current-sales-not-potential'),
    category: 'basis',
    core: false,
    severity: 'medium',
    questions: ['current-state.basis'],
    remediation: ['Estimate potential.'],
  },
];
const method = (id: string, baseFit: number) => ({
  ...article(id),
  shortName: id,
  data: ['d'],
  skill: 'low',
  cost: '$',
  weeks: { min: 2, max: 6 },
  strengths: ['s'],
  weaknesses: ['w'],
  chooseWhen: 'c',
  inPractice: 'p',
  design: {
    layers: ['base'],
    purpose: 'Sets call levels for each {unit}.',
    segments: [
      {
        id: 'a',
        name: 'A',
        rule: 'The top {units}',
        share: 0.1,
        intensity: 1,
        channels: ['field'],
        activity: 'Visit.',
      },
      { id: 'b', name: 'B', rule: 'The next', share: 0.2, intensity: 0.5, channels: ['field'], activity: 'Visit.' },
      { id: 'c', name: 'C', rule: 'The middle', share: 0.3, intensity: 0.25, channels: ['field'], activity: 'Call.' },
      { id: 'd', name: 'D', rule: 'The rest', share: 0.4, intensity: 0, channels: ['digital'], activity: 'Campaigns.' },
    ],
  },
  baseFit,
});
const system = (id: string, ownerQuestion?: string) => ({
  ...article(id),
  owner: `Owner of ${id}`,
  ...(ownerQuestion === undefined ? {} : { ownerQuestion }),
  changes: ['c'],
  checklist: ['k'],
  risks: ['r'],
});
const phase = (id: string, order: number, typical: number) => ({
  ...article(id),
  order,
  weeks: { min: 1, typical, max: typical + 4 },
  owner: `Owner ${id}`,
  audiences: ['a'],
  messages: ['m'],
  materials: ['t'],
  activities: [`Do ${id}`],
  deliverables: ['d'],
  exitCriteria: ['e'],
});

const readiness = {
  dimensions: ['objective', 'sponsorship', 'customer-data', 'differentiation', 'systems', 'field-adoption'].map(
    (id, i) => ({
      id,
      title: `Dimension ${id}`,
      description: 'd',
      weight: i === 0 ? 3 : 1,
    }),
  ),
  levels: [
    { min: 0, label: 'Not ready', meaning: 'm0' },
    { min: 45, label: 'Partly ready', meaning: 'm1' },
    { min: 75, label: 'Ready', meaning: 'm2' },
  ],
};

/** Build a fresh synthetic bundle. Pass overrides to vary one part for a test. */
export function syntheticContent(overrides: Partial<ContentBundle> = {}): ContentBundle {
  return {
    settings: { contentVersion: '1.0.0', minutes: { min: 20, max: 40 } },
    brand: { name: 'Test', accent: '#123456' },
    sections: sections.map((s) => sectionSchema.parse(s)),
    rules: rules.map((r) => ruleSchema.parse(r)),
    readiness: readinessModelSchema.parse(readiness),
    mistakes: mistakes.map((m) => mistakeSchema.parse(m)),
    methods: [
      method('latent-class', 20),
      method('market-data', 40),
      method('simple-attribute', 35),
      method('value-based', 30),
    ].map((m) => methodSchema.parse(m)),
    systems: [system('bi-reporting'), system('crm', 'systems.crm-owner')].map((s) => systemSchema.parse(s)),
    rollout: [phase('mobilise', 1, 3), phase('pilot', 2, 10), phase('enable-and-launch', 3, 5)].map((p) =>
      rolloutPhaseSchema.parse(p),
    ),
    warningSigns: [
      {
        ...article('fast-membership-churn'),
        review: 'membership',
        checkQuestion: 'Did many accounts change segment?',
        questions: ['cadence.churn'],
      },
      { ...article('growth-plateau'), review: 'design', checkQuestion: 'Has growth stalled?' },
    ].map((w) => warningSignSchema.parse(w)),
    guides: [],
    sources: [],
    design: designSettingsSchema.parse(parseYaml(readFileSync(SAMPLE_DESIGN, 'utf8'))),
    ...overrides,
  };
}

/** The sample content's design settings: the engine's defaults for turning segments into a design. */
const SAMPLE_DESIGN = join(import.meta.dirname, '../../../fixtures/sample-content/design/design.yaml');

/** One shared bundle, for tests that do not vary the content. */
export const SYNTHETIC = syntheticContent();

/** An answers document for the synthetic bundle. */
export function answersDoc(
  answers: Record<string, AnswerValue | null>,
  extra: Partial<AnswersDocument> = {},
): AnswersDocument {
  return {
    schemaVersion: 1,
    contentVersion: '1.0.0',
    meta: { organisation: 'Acme Pharma', respondent: 'Ann', role: 'Sales VP', date: '2025-03-03' },
    answers,
    notes: {},
    ...extra,
  };
}
