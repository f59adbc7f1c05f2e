/**
 * The executive summary's top three risks rest on different answers where the plan has them: one
 * ticked box ("we segment by size") raises several related findings, and three of them in the
 * summary would crowd out problems the team has elsewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswersJson } from '../../../../src/engine/answers/parse.ts';
import { buildPlan } from '../../../../src/engine/build-plan.ts';
import type { MistakeFinding, Plan } from '../../../../src/schema/plan/index.ts';
import { PROJECT_ROOT, realContent } from '../support/real-content.ts';

const content = realContent();

function planFor(name: string, answers: Record<string, unknown>): Plan {
  const parsed = parseAnswersJson(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'answers', name), 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return buildPlan(content, { ...parsed.document, answers: { ...parsed.document.answers, ...answers } });
}

/** The answered questions behind a finding (an unanswered one quoted for context is not a cause). */
const causes = (f: MistakeFinding | undefined): string[] => [
  ...new Set(
    (f?.evidence ?? []).flatMap((r) => r.evidence.filter((e) => e.status !== 'unanswered').map((e) => e.questionId)),
  ),
];
const SIZE_ONLY = { 'current-state.exists': 'formal', 'current-state.basis': ['assets-size'] };

describe('top risks in the executive summary', () => {
  it('skips a finding whose answers an earlier pick already covers, when other risks exist', () => {
    const plan = planFor('northwind-pharma.json', SIZE_ONLY);
    const risky = plan.mistakeFindings.filter((f) => f.risk !== 'none');
    const fromBasisOnly = risky.filter((f) => causes(f).join() === 'current-state.basis').map((f) => f.mistakeId);
    expect(fromBasisOnly.length).toBeGreaterThanOrEqual(3);
    const top = plan.summary.topRisks.map((r) => r.mistakeId);
    expect(top).toHaveLength(3);
    expect(top.filter((id) => fromBasisOnly.includes(id))).toHaveLength(1);
    // Still in risk order, and the first pick is the plan's highest risk.
    expect(top[0]).toBe(risky[0]?.mistakeId);
    const order = top.map((id) => risky.findIndex((f) => f.mistakeId === id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('falls back to the related findings when nothing else is at risk', () => {
    const plan = planFor('cobalt-software.json', SIZE_ONLY);
    const risky = plan.mistakeFindings.filter((f) => f.risk !== 'none');
    // Every risk here rests on the same answer, so the first pass picks one and the rest fill in.
    expect(risky.length).toBeGreaterThanOrEqual(3);
    for (const f of risky) expect(causes(f), f.mistakeId).toEqual(['current-state.basis']);
    expect(plan.summary.topRisks.map((r) => r.mistakeId)).toEqual(risky.slice(0, 3).map((f) => f.mistakeId));
  });
});
