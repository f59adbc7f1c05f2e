import { describe, expect, it } from 'vitest';
import { START_DATE_QUESTION } from '../../../src/engine/known-questions.ts';
import { editHref, startDateHref } from '../../../src/present/links.ts';
import {
  dimensionBasis,
  dimensionLevelText,
  flaggedFindings,
  isProvisional,
  missingBySection,
  missingQuestions,
  planVerdict,
  readinessSoFar,
  riskCounts,
} from '../../../src/present/plan-status.ts';
import type { DimensionScore, MistakeFinding } from '../../../src/schema/plan/index.ts';
import { fullPlan, partialPlan } from '../pdf/support/plans.ts';

describe('plan status: a draft until the questions the plan rests on are answered', () => {
  it('calls a plan with every question answered final, and says where it stands', () => {
    const plan = fullPlan();
    expect(missingQuestions(plan)).toEqual([]);
    expect(isProvisional(plan)).toBe(false);
    expect(planVerdict(plan).tone).not.toBe('draft');
  });

  it('calls a plan with required questions unanswered a draft, counts them and groups them by section in questionnaire order', () => {
    const plan = partialPlan();
    const missing = missingQuestions(plan);
    expect(missing.length).toBeGreaterThan(3);
    expect(missing.every((q) => q.required && q.status !== 'dontKnow')).toBe(true);
    expect(isProvisional(plan)).toBe(true);
    const verdict = planVerdict(plan);
    expect(verdict.tone).toBe('draft');
    expect(verdict.headline).toBe(`Draft: ${missing.length} questions the plan rests on are still unanswered`);
    const groups = missingBySection(plan);
    expect(groups.flatMap((g) => g.questions)).toEqual(missing);
    expect(new Set(groups.map((g) => g.sectionTitle)).size).toBe(groups.length);
  });

  it('does not count a "don\'t know" as missing: it is an answer, and the plan says what it assumed', () => {
    const plan = partialPlan();
    const withDontKnow = {
      ...plan,
      openQuestions: plan.openQuestions.map((q) => ({ ...q, status: 'dontKnow' as const })),
    };
    expect(isProvisional(withDontKnow)).toBe(false);
  });

  it('names the first high risk when one blocks the plan', () => {
    const plan = fullPlan({ answers: { 'readiness.objective': 'none' } });
    const high = plan.mistakeFindings.filter((f) => f.risk === 'high');
    expect(high.length).toBeGreaterThan(0);
    const verdict = planVerdict(plan);
    expect(verdict.tone).toBe('blocked');
    expect(verdict.headline).toContain(high[0]?.title ?? 'no title');
  });
});

describe('readiness with its basis', () => {
  const dimension = (over: Partial<DimensionScore>): DimensionScore => ({
    id: 'data',
    title: 'Data',
    description: 'Data',
    weight: 1,
    score: 90,
    level: { label: 'Ready', meaning: 'Go' },
    raised: [{ ruleId: 'a', because: 'x', evidence: [], score: 1, weight: 1 }],
    lowered: [],
    unknown: [],
    ...over,
  });

  it('says "Ready" only when every check of the dimension is answered, else on how many', () => {
    expect(dimensionLevelText(dimension({}))).toBe('Ready');
    const partly = dimension({
      unknown: [
        { ruleId: 'b', questionIds: ['data.crm'] },
        { ruleId: 'c', questionIds: ['data.erp'] },
        { ruleId: 'hidden', questionIds: [] },
      ],
    });
    expect(dimensionBasis(partly)).toEqual({ answered: 1, applicable: 3 });
    expect(dimensionLevelText(partly)).toBe('Ready on 1 of 3 checks');
    expect(dimensionLevelText(dimension({ score: null, level: null, raised: [], unknown: partly.unknown }))).toBe(
      'Not scored: 0 of 2 checks answered',
    );
  });

  it('gives overall readiness with how many checks it rests on', () => {
    const readiness = (score: number | null, answered: number, applicable: number, verdict: string) => ({
      score,
      verdict,
      basis: { answered, applicable },
    });
    expect(readinessSoFar(readiness(77.4, 22, 22, 'Ready'))).toBe('77 of 100, Ready (all 22 checks answered)');
    expect(readinessSoFar(readiness(62, 18, 24, 'Partly ready (based on 18 of 24 checks)'))).toBe(
      '62 of 100, Partly ready (based on 18 of 24 checks)',
    );
    expect(readinessSoFar(readiness(null, 0, 24, 'Not scored yet'))).toBe('Not scored yet');
  });
});

describe('findings by risk', () => {
  const finding = (mistakeId: string, risk: MistakeFinding['risk']): MistakeFinding =>
    ({ mistakeId, risk }) as MistakeFinding;

  it('lists flagged findings highest risk first, keeping the plan order within a risk, and counts them', () => {
    const findings = [
      finding('a', 'low'),
      finding('b', 'high'),
      finding('c', 'none'),
      finding('d', 'medium'),
      finding('e', 'high'),
    ];
    expect(flaggedFindings(findings).map((f) => f.mistakeId)).toEqual(['b', 'e', 'd', 'a']);
    expect(riskCounts(flaggedFindings(findings))).toEqual([
      { risk: 'high', count: 2 },
      { risk: 'medium', count: 1 },
      { risk: 'low', count: 1 },
    ]);
    expect(riskCounts([finding('a', 'medium')])).toEqual([{ risk: 'medium', count: 1 }]);
  });
});

describe('the start-date link of a plan that assumed its start', () => {
  it('opens the question the engine reads the start date from', () => {
    expect(startDateHref).toBe(editHref(START_DATE_QUESTION));
  });
});
