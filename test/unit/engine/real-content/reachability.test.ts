/**
 * Over the whole catalogue: every mistake can be triggered and every method can rank first, for
 * some valid answers. Witnesses are found by search from the rules themselves, never listed by
 * hand, so a new mistake or method is covered as soon as it exists; one that no answers can
 * reach fails here with its id.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../src/engine/build-plan.ts';
import { clampFit, methodTotals, topMethod } from '../../../../src/engine/methods/method-totals.ts';
import { prepareContent } from '../../../../src/engine/prepare.ts';
import type { AnswersDocument } from '../../../../src/schema/answers.ts';
import type { ContentBundle } from '../../../../src/schema/content-bundle.ts';
import { ruleSchema } from '../../../../src/schema/rule.ts';
import { realContent } from '../support/real-content.ts';
import { conditionScore, searchAnswers, type Answers, type SearchState } from '../support/witness-search.ts';

const real = realContent();
const OPTIONS = { seed: 20_250_301, restarts: 12, sweeps: 12 };

function documentOf(content: ContentBundle, answers: Answers): AnswersDocument {
  return {
    schemaVersion: 1,
    contentVersion: content.settings.contentVersion,
    meta: { organisation: 'Witness', respondent: 'Search', role: 'Test', date: '2025-03-03' },
    answers: Object.fromEntries(answers),
    notes: {},
  };
}

function mistakeWitness(content: ContentBundle, mistakeId: string): Answers | null {
  const prepared = prepareContent(content);
  const rules = prepared.rules.mistake.filter((r) => r.mistake === mistakeId);
  const best = (state: SearchState) => Math.max(0, ...rules.map((r) => conditionScore(state, r.when)));
  return searchAnswers(content, best, (state) => best(state) === 1, OPTIONS);
}

function methodWitness(content: ContentBundle, methodId: string): Answers | null {
  const prepared = prepareContent(content);
  const index = prepared.methodIndex.get(methodId) ?? -1;
  const positive = prepared.rules.method.filter((r) => r.method === methodId && (r.fit ?? 0) > 0);
  const lead = (state: SearchState): number => {
    const totals = methodTotals(prepared, state.seen);
    const others = content.methods.map((_, i) => i).filter((i) => i !== index && (totals.blockers[i] ?? 0) === 0);
    const rival = Math.max(0, ...others.map((i) => clampFit(totals.raw[i] ?? 0)));
    const own = clampFit(totals.raw[index] ?? 0);
    const pull = positive.reduce((sum, r) => sum + (r.fit ?? 0) * conditionScore(state, r.when), 0) / 1000;
    return -1000 * (totals.blockers[index] ?? 0) + own - rival + pull;
  };
  return searchAnswers(
    content,
    lead,
    (state) => topMethod(prepared, methodTotals(prepared, state.seen)) === index,
    OPTIONS,
  );
}

/** Mistakes no answers could trigger, checked with the real engine. */
function unreachableMistakes(content: ContentBundle): string[] {
  return content.mistakes
    .filter((mistake) => {
      const witness = mistakeWitness(content, mistake.id);
      const risk =
        witness === null
          ? 'none'
          : buildPlan(content, documentOf(content, witness)).mistakeFindings.find((f) => f.mistakeId === mistake.id)
              ?.risk;
      return risk === undefined || risk === 'none';
    })
    .map((m) => m.id);
}

/** Methods no answers could put first, checked with the real engine. */
function unreachableMethods(content: ContentBundle): string[] {
  return content.methods
    .filter((method) => {
      const witness = methodWitness(content, method.id);
      return witness === null || buildPlan(content, documentOf(content, witness)).method.recommended !== method.id;
    })
    .map((m) => m.id);
}

describe('reachability over the real catalogue', () => {
  it('finds answers that trigger every mistake in the library', () => {
    expect(real.mistakes.length).toBeGreaterThan(0);
    expect(unreachableMistakes(real)).toEqual([]);
  });

  it('finds answers that put every method first', () => {
    expect(real.methods.length).toBeGreaterThan(0);
    expect(unreachableMethods(real)).toEqual([]);
  });

  it('reports a mistake whose only rule contradicts itself, and a method that is always blocked', () => {
    const [mistake] = real.mistakes;
    const [method] = real.methods;
    const single = real.sections
      .flatMap((s) => s.questions)
      .find((q) => q.type === 'single' && (q.options?.length ?? 0) >= 2);
    if (mistake === undefined || method === undefined || single === undefined)
      throw new Error('the real content has no mistake, method or single-choice question');
    const [a, b] = (single.options ?? []).map((o) => o.id);
    const impossible = {
      all: [
        { question: single.id, op: 'is', value: a },
        { question: single.id, op: 'is', value: b },
      ],
    };
    const broken: ContentBundle = {
      ...real,
      mistakes: [...real.mistakes, { ...mistake, id: 'never-happens' }],
      methods: [...real.methods, { ...method, id: 'never-first' }],
      rules: [
        ...real.rules,
        ruleSchema.parse({
          kind: 'mistake',
          id: 'impossible-mistake',
          mistake: 'never-happens',
          severity: 'high',
          when: impossible,
          because: 'Test.',
        }),
        ruleSchema.parse({
          kind: 'method',
          id: 'always-blocked',
          method: 'never-first',
          blocker: true,
          when: { all: [] },
          because: 'Test.',
        }),
      ],
    };
    expect(unreachableMistakes(broken)).toContain('never-happens');
    expect(unreachableMethods(broken)).toContain('never-first');
  });
});
