/**
 * Golden fixtures: realistic organisations (test/fixtures/answers/) with the key outcomes an
 * experienced segmentation practitioner would expect, following the recommender rules and the
 * readiness statements in DOMAIN.md. Each case says why. They run against the real content, so
 * a content change that breaks expert expectations fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswersJson } from '../../../../src/engine/answers/parse.ts';
import { buildPlan } from '../../../../src/engine/build-plan.ts';
import type { LooseAnswersDocument } from '../../../../src/schema/answers.ts';
import { planSchema, type Plan } from '../../../../src/schema/plan/index.ts';
import { PROJECT_ROOT, realContent } from '../support/real-content.ts';

const content = realContent();
const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'answers');

function fixture(name: string): LooseAnswersDocument {
  const parsed = parseAnswersJson(readFileSync(join(FIXTURES, name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
  return parsed.document;
}

const risk = (plan: Plan, mistakeId: string) => plan.mistakeFindings.find((f) => f.mistakeId === mistakeId)?.risk;
const rankOf = (plan: Plan, methodId: string) => plan.method.ranking.find((m) => m.methodId === methodId)?.rank;
const highRisks = (plan: Plan) => plan.mistakeFindings.filter((f) => f.risk === 'high').map((f) => f.mistakeId);

const ALL_FIXTURES = [
  'northwind-pharma.json',
  'brightline-industrial.json',
  'meridian-surgical.json',
  'alpine-capital-equipment.json',
  'cobalt-software.json',
  'harbour-bank.json',
  'legacy-partial.json',
  'kestrel-pumps.json',
  'lakeside-private-bank.json',
];

describe('golden organisations', () => {
  it('Northwind Pharma: market data first, then the potential-adoption matrix, and its product-based tiers flagged', () => {
    // Recommender rule 1: the goal is call allocation and account-level market data (prescriber
    // TRx) exists, so market-data segmentation leads and the potential x adoption grid follows.
    // Today's tiers are deciles of the company's own brand: segmenting by product bought and by
    // current sales rather than category potential are the two classic, high-risk mistakes.
    const plan = buildPlan(content, fixture('northwind-pharma.json'));
    expect(plan.method.recommended).toBe('market-data');
    expect(rankOf(plan, 'potential-adoption-matrix')).toBe(2);
    expect(highRisks(plan)).toEqual(expect.arrayContaining(['segmenting-by-product', 'current-sales-not-potential']));
    // The count follows the design (DOMAIN.md I): market data's four volume tiers, each with its own
    // treatment, within the four treatments the company can fund (C: merge segments treated alike).
    expect([plan.segmentCount.min, plan.segmentCount.max]).toEqual([4, 4]);
    expect(plan.design.layers[0]?.segments.map((s) => s.treatment.channel)).toEqual([
      'field',
      'field',
      'field',
      'digital',
    ]);
    // A written decision with a KPI, a named sponsor and measured potential: ready to start.
    expect(plan.readiness.dimensions.find((d) => d.id === 'objective')?.score).toBe(100);
    expect(plan.readiness.score).toBeGreaterThanOrEqual(75);
    expect(plan.rollout).toMatchObject({ start: '2025-09-01', startSource: 'answer' });
    expect(plan.rollout.phases.find((p) => p.phaseId === 'pilot')?.included).toBe(true);
  });

  it('Brightline Industrial: no written goal and product-based segments are both high risks, with their evidence', () => {
    // No decision written down and segments by product families bought: two of the seven core
    // mistakes. With no analyst and under a month (rule 3), only a simple, transparent scheme
    // fits: firmographic tiers (coverage-role goal, wide size spread) or simple attributes.
    const plan = buildPlan(content, fixture('brightline-industrial.json'));
    const purpose = plan.mistakeFindings.find((f) => f.mistakeId === 'segmenting-without-purpose');
    expect(purpose?.risk).toBe('high');
    expect(purpose?.evidence[0]?.evidence[0]).toMatchObject({ questionId: 'readiness.objective', answer: 'none' });
    const product = plan.mistakeFindings.find((f) => f.mistakeId === 'segmenting-by-product');
    expect(product?.risk).toBe('high');
    expect(product?.evidence[0]?.evidence.map((e) => e.questionId)).toContain('current-state.basis');
    expect(['account-tiering', 'simple-attribute']).toContain(plan.method.recommended);
    // Nearly every prerequisite is missing: an expert would say "not ready".
    expect(plan.readiness.level?.label).toBe('Not ready');
    // Launching everywhere at once with no pilot is the big-bang mistake.
    expect(risk(plan, 'big-bang-launch')).not.toBe('none');
    // "Don't know" for the start date: the timeline counts from the document date and says so.
    expect(plan.rollout.startSource).toBe('document-date');
    expect(plan.openQuestions.find((q) => q.questionId === 'rollout.start-date')?.status).toBe('dontKnow');
    expect(plan.segmentCount.max).toBeLessThanOrEqual(3);
  });

  it('Meridian Surgical: account tiering for committee buying, and the individual-level unit flagged', () => {
    // Rule 6: health-system committees buy, so tier at the account level (personas by role on
    // top) and never segment individuals only. Size-only tiers built on beds and revenue miss the
    // value customers seek, and influencers (surgeons) drop out of volume-ranked lists.
    const plan = buildPlan(content, fixture('meridian-surgical.json'));
    expect(plan.method.recommended).toBe('account-tiering');
    expect(highRisks(plan)).toEqual(
      expect.arrayContaining(['wrong-customer-unit', 'size-only-tiers', 'dropping-influencers']),
    );
    // Goals based on last year's sales and incentives only reviewed after launch.
    expect(risk(plan, 'incentives-unchanged')).not.toBe('none');
    expect(plan.systems.map((s) => s.systemId)).toEqual(
      expect.arrayContaining(['crm', 'territory-alignment', 'incentive-compensation']),
    );
  });

  it('Alpine Capital Equipment: a small base gets an account-by-account workshop, not clustering', () => {
    // Rule 7: 220 accounts (about 18 per rep) is too few for statistical segmentation; a
    // judgemental tiering workshop is the expert call. Survey-based latent class is impossible.
    const plan = buildPlan(content, fixture('alpine-capital-equipment.json'));
    expect(plan.method.recommended).toBe('judgemental-workshop');
    expect(plan.method.ranking.find((m) => m.methodId === 'latent-class')?.blocked).toBe(true);
    // 18 accounts per rep at 5 per segment leaves room for 3 segments at most.
    expect(plan.segmentCount.max).toBe(3);
    expect(plan.confidence.level).toBe('high');
  });

  it('Cobalt Software: a survey-based overlay for message tailoring, and a well-prepared team', () => {
    // Rule 5: a messaging goal with a research programme, a panel, specialist analytics, budget
    // and a measured typing tool makes attitudinal or latent class segmentation the right choice.
    const plan = buildPlan(content, fixture('cobalt-software.json'));
    expect(['latent-class', 'attitudinal']).toContain(plan.method.recommended);
    expect(rankOf(plan, 'latent-class')).toBeLessThanOrEqual(2);
    expect(rankOf(plan, 'attitudinal')).toBeLessThanOrEqual(2);
    // Every prerequisite is in place, so readiness is high and nothing is a high risk.
    expect(plan.readiness.level?.label).toBe('Ready');
    expect(highRisks(plan)).toEqual([]);
  });

  it('Harbour Bank: value-based segmentation for share of wallet, and blind value labels flagged', () => {
    // Rule 4: the goal is share of wallet with transactions and margin, so value-based leads;
    // frequent purchases keep behavioural RFM as the runner-up. Platinum/gold labels by balance
    // with no profitability or needs research are "blind" value and wealth segmentation.
    const plan = buildPlan(content, fixture('harbour-bank.json'));
    expect(plan.method.recommended).toBe('value-based');
    expect(rankOf(plan, 'behavioural-rfm')).toBe(2);
    expect(highRisks(plan)).toEqual(expect.arrayContaining(['blind-value-segmentation', 'segmenting-by-wealth']));
  });

  it('Fjord Foods, an old partial file: loads, sets aside what the content no longer knows, and states low confidence', () => {
    // Written against content 0.9.0 with an unknown question and an option that no longer
    // exists: both are set aside with reasons, never dropped, and the plan still builds.
    const plan = buildPlan(content, fixture('legacy-partial.json'));
    expect(plan.setAside.map((s) => `${s.part}:${s.key}`)).toEqual([
      'answer:method.data',
      'answer:readiness.goal-owner',
      'note:readiness.goal-owner',
    ]);
    expect(plan.notices[0]).toMatch(/content version 0\.9\.0/);
    expect(plan.confidence.level).toBe('low');
    expect(plan.openQuestions.filter((q) => q.required).length).toBeGreaterThan(5);
    expect(plan.readiness.dimensions.some((d) => d.score === null)).toBe(true);
  });

  it('Northwind without any potential measure: the potential-adoption grid is blocked, with the reason', () => {
    // DOMAIN.md: the grid needs potential from market data or a model; without either there is no axis.
    const document = fixture('northwind-pharma.json');
    const plan = buildPlan(content, {
      ...document,
      answers: { ...document.answers, 'readiness.potential': 'none', 'method.data': ['transactions', 'rep-adoption'] },
    });
    const matrix = plan.method.ranking.find((m) => m.methodId === 'potential-adoption-matrix');
    expect(matrix?.blockers.map((b) => b.ruleId)).toEqual(['matrix-no-potential-source']);
    expect(plan.method.recommended).not.toBe('potential-adoption-matrix');
    const withSample = buildPlan(content, {
      ...document,
      answers: {
        ...document.answers,
        'readiness.potential': 'none',
        'method.data': ['transactions', 'potential-sample'],
      },
    });
    const unblocked = withSample.method.ranking.find((m) => m.methodId === 'potential-adoption-matrix');
    expect(unblocked?.blockers).toEqual([]);
  });

  it('Brightline with no analyst: quick account tiering, with the upgrade to a potential-based method scheduled', () => {
    // DOMAIN.md recommender rule 3: no analytics or under a month gives #2 or #6 with rep validation,
    // and a scheduled upgrade to #3 or #9.
    const document = fixture('brightline-industrial.json');
    const plan = buildPlan(content, { ...document, answers: { ...document.answers, 'method.analytics': 'none' } });
    const top = plan.method.ranking[0];
    expect(['simple-attribute', 'account-tiering']).toContain(top?.methodId);
    const why = (top?.raised ?? []).map((r) => r.because).join(' ');
    expect(why).toMatch(/checked by reps/);
    expect(why).toMatch(/upgrade to modelled potential or a potential-adoption grid/);
  });

  it.each(ALL_FIXTURES)('%s gives a plan that validates against the plan schema', (name) => {
    const result = planSchema.safeParse(buildPlan(content, fixture(name)));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(ALL_FIXTURES)('%s: a suggested count stays within half again or a third less of the answer', (name) => {
    const document = fixture(name);
    const plan = buildPlan(content, document);
    const numbers = new Set(
      content.sections.flatMap((s) => s.questions.filter((q) => q.type === 'number').map((q) => q.id)),
    );
    for (const suggestion of plan.method.whatWouldChange) {
      for (const change of suggestion.changes) {
        const from = document.answers[change.questionId];
        if (!numbers.has(change.questionId) || typeof from !== 'number' || typeof change.to !== 'number') continue;
        const ratio = Math.max(from, change.to) / Math.min(from, change.to);
        expect(ratio, `${change.questionId}: ${from} to ${change.to}`).toBeLessThanOrEqual(1.5);
      }
    }
  });

  it('Cobalt: no suggestion asks a 60-rep team to imagine over a thousand reps', () => {
    const plan = buildPlan(content, fixture('cobalt-software.json'));
    expect(plan.method.whatWouldChange.length).toBeGreaterThan(0);
    for (const suggestion of plan.method.whatWouldChange)
      expect(suggestion.changes.map((c) => c.questionId)).not.toContain('segment-count.reps');
  });

  it.each(ALL_FIXTURES)('%s: every "what would change this" suggestion really puts its method first', (name) => {
    const document = fixture(name);
    const plan = buildPlan(content, document);
    for (const suggestion of plan.method.whatWouldChange) {
      const changed = {
        ...document,
        answers: { ...document.answers, ...Object.fromEntries(suggestion.changes.map((c) => [c.questionId, c.to])) },
      };
      expect(buildPlan(content, changed).method.recommended).toBe(suggestion.newTop);
    }
  });
});
