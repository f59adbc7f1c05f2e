/**
 * Every plan line that quotes a reason is supported by its evidence (issue 18): for each reason the
 * plan gives from a content rule, the answers it quotes are enough on their own to make that rule
 * hold. A reason that quotes too little (a `because` about market data that quotes only the goal), or
 * a rule whose condition reads answers its reason never shows, fails here. A graded fit must also quote
 * the number it follows. Checked over every answers fixture and 1,000 random answer sets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersJson } from '../../../../src/engine/answers/parse.ts';
import { buildPlan } from '../../../../src/engine/build-plan.ts';
import { conditionHolds } from '../../../../src/engine/conditions.ts';
import { designFacts } from '../../../../src/engine/design/build-design.ts';
import type { AnswerValue } from '../../../../src/schema/answer-value.ts';
import type { LooseAnswersDocument } from '../../../../src/schema/answers.ts';
import type { Condition } from '../../../../src/schema/condition.ts';
import type { Evidence, Plan } from '../../../../src/schema/plan/index.ts';
import type { Rule } from '../../../../src/schema/rule.ts';
import { CASES_DIR } from '../../../support/expert-cases.ts';
import { documentArbitrary } from '../support/answer-arbitrary.ts';
import { PROJECT_ROOT, realContent } from '../support/real-content.ts';

const content = realContent();
const rules = new Map<string, Rule>(content.rules.map((r) => [r.id, r]));

interface Quoted {
  readonly ruleId: string;
  readonly because: string;
  readonly evidence: readonly Evidence[];
}

/** Every reason in the plan: any object with a rule id, a `because` and quoted evidence. */
function reasons(plan: Plan): Quoted[] {
  const out: Quoted[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) walk(v);
    else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.ruleId === 'string' && typeof o.because === 'string' && Array.isArray(o.evidence))
        out.push(o as unknown as Quoted);
      for (const [k, v] of Object.entries(o)) if (k !== 'answerSheet') walk(v);
    }
  };
  walk(plan);
  return out;
}

/** The conditions that, holding, give this reason: a readiness item's step by its sentence, else the rule's `when`. */
function conditionsOf(rule: Rule, because: string): Condition[] {
  if (rule.kind === 'readiness') return rule.steps.filter((s) => s.because === because).map((s) => s.when);
  if (rule.kind === 'fact') return rule.when === undefined ? [] : [rule.when];
  return [rule.when];
}

/** Why reasons in this plan are not supported by what they quote; empty when all are. */
function unsupported(plan: Plan): string[] {
  const facts = designFacts(plan.design);
  const problems: string[] = [];
  for (const reason of reasons(plan)) {
    const rule = rules.get(reason.ruleId);
    if (rule === undefined) continue; // Reasons the engine words itself (a trade-off, a merge) quote no rule.
    const quoted = new Map<string, AnswerValue>();
    for (const e of reason.evidence) if (e.status !== 'hidden' && e.answer !== null) quoted.set(e.questionId, e.answer);
    const seen = { get: (id: string) => quoted.get(id) ?? facts.get(id) };
    const conditions = conditionsOf(rule, reason.because);
    if (conditions.length > 0 && !conditions.some((c) => conditionHolds(c, seen)))
      problems.push(
        `${reason.ruleId}: the answers it quotes (${[...quoted.keys()].join(', ') || 'none'}) do not make it hold`,
      );
    if (rule.kind === 'method' && rule.graded !== undefined && 'question' in rule.graded.by) {
      const by = rule.graded.by.question;
      if (!quoted.has(by)) problems.push(`${reason.ruleId}: its points follow ${by}, which it does not quote`);
    }
  }
  return problems;
}

const fixtures = [join(PROJECT_ROOT, 'test', 'fixtures', 'answers'), CASES_DIR].flatMap((folder) =>
  readdirSync(folder)
    .filter((n) => n.endsWith('.json'))
    .map((n) => join(folder, n)),
);

function fixture(file: string): LooseAnswersDocument {
  const parsed = parseAnswersJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.document;
}

describe('every reason is supported by the answers it quotes', () => {
  it.each(fixtures.map((f) => [f.slice(PROJECT_ROOT.length + 1), f]))('%s', (_name, file) => {
    const plan = buildPlan(content, fixture(file));
    expect(reasons(plan).length).toBeGreaterThan(10);
    expect(unsupported(plan)).toEqual([]);
  });

  it('for 1,000 random answer sets', () => {
    fc.assert(
      fc.property(documentArbitrary(content), (document) => {
        const problems = unsupported(buildPlan(content, document));
        if (problems.length > 0) throw new Error(problems.join('; '));
      }),
      { numRuns: 1000, seed: 20_261_206 },
    );
  }, 300_000);

  it('fails reasons that quote too little', () => {
    const plan = buildPlan(content, fixture(fixtures[0] ?? ''));
    const stripped = {
      ...plan,
      mistakeFindings: plan.mistakeFindings.map((f) => ({
        ...f,
        evidence: f.evidence.map((r) => ({ ...r, evidence: [] })),
      })),
    };
    const flagged = plan.mistakeFindings.flatMap((f) => f.evidence.map((r) => r.ruleId));
    const problems = unsupported(stripped);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => flagged.some((id) => p.startsWith(`${id}:`)))).toBe(true);
  });
});
