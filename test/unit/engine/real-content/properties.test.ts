/**
 * Properties of the engine over 10,000 random valid answer sets against the real content:
 * it never throws, every score stays in range, the plan validates against the plan schema, the
 * same answers always give the identical plan, and the first "what would change this" suggestion
 * really puts its method first. The design (issue 17) always has a base layer and a treatment for every
 * segment, and its capacity check is either computed or names the answers it waits for; the base layer
 * never uses a method whose defining trait a medium or high finding calls a mistake unless the plan
 * says why (issue 18, "a recommendation never contradicts the plan").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../src/engine/build-plan.ts';
import { planSchema, type Plan } from '../../../../src/schema/plan/index.ts';
import { documentArbitrary } from '../support/answer-arbitrary.ts';
import { designProblems } from '../support/design-invariants.ts';
import { realContent } from '../support/real-content.ts';

const content = realContent();
const RUNS = 10_000;

/** Every score in the plan with where it sits, for range checks. */
function scores(plan: Plan): [string, number | null, number, number][] {
  return [
    ['readiness', plan.readiness.score, 0, 100],
    ...plan.readiness.dimensions.map((d): [string, number | null, number, number] => [
      `readiness.${d.id}`,
      d.score,
      0,
      100,
    ]),
    ...plan.readiness.dimensions.flatMap((d) =>
      [...d.raised, ...d.lowered].map((i): [string, number | null, number, number] => [
        `item.${i.ruleId}`,
        i.score,
        0,
        1,
      ]),
    ),
    ...plan.method.ranking.map((m): [string, number | null, number, number] => [`method.${m.methodId}`, m.fit, 0, 100]),
    ['confidence', plan.confidence.score, 0, 100],
  ];
}

describe('engine properties over random answers', () => {
  it(`never throws, keeps scores in range, matches the plan schema and is deterministic for ${RUNS.toLocaleString('en')} random answer sets`, () => {
    let checked = 0;
    fc.assert(
      fc.property(documentArbitrary(content), (document) => {
        const plan = buildPlan(content, document);
        for (const [name, value, min, max] of scores(plan)) {
          if (value !== null && !(value >= min && value <= max))
            throw new Error(`${name} = ${value} is outside ${min}..${max}`);
        }
        const parsed = planSchema.safeParse(plan);
        if (!parsed.success)
          throw new Error(
            `the plan does not match the plan schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`,
          );
        expect(plan.mistakeFindings).toHaveLength(content.mistakes.length);
        expect(plan.method.ranking).toHaveLength(content.methods.length);
        expect(plan.segmentCount.min).toBeLessThanOrEqual(plan.segmentCount.max);
        expect(plan.setAside).toEqual([]);
        const problems = designProblems(content, plan, document);
        if (problems.length > 0) throw new Error(problems.join('; '));
        expect(JSON.stringify(buildPlan(content, structuredClone(document)))).toBe(JSON.stringify(plan));
        const [suggestion] = plan.method.whatWouldChange;
        if (suggestion !== undefined) {
          const changed = {
            ...document,
            answers: {
              ...document.answers,
              ...Object.fromEntries(suggestion.changes.map((c) => [c.questionId, c.to])),
            },
          };
          expect(buildPlan(content, changed).method.recommended).toBe(suggestion.newTop);
        }
        checked += 1;
      }),
      { numRuns: RUNS, seed: 20_250_303 },
    );
    expect(checked).toBe(RUNS);
    // Three plans and a schema parse per run; on a shared two-core machine this takes minutes.
  }, 400_000);
});
