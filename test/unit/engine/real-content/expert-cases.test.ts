/**
 * The twelve expert reference cases (../shared/EXPERT-CASES.md, issue 18) as golden tests. Each
 * answers file in test/fixtures/expert-cases was written as that organisation would answer, before its
 * plan was seen, and is never edited to pass; expectations.yaml states what an experienced consultant
 * would recommend and what the plan must not say, and the judge in test/support/expert-cases.ts applies
 * the five-part rule of the cases' preface (method, segment count, risks, must-not-say, quiet findings).
 * The same judge prints `cases: N of 12 agree` for `npm run cases` and `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { judgeCase, loadCases, type ExpertCase } from '../../../support/expert-cases.ts';
import { realContent } from '../support/real-content.ts';

const content = realContent();
const cases = loadCases();

describe('expert reference cases', () => {
  it('covers all twelve cases', () => {
    expect(cases.map((c) => c.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `EC-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it.each(cases.map((c): [string, ExpertCase] => [c.id, c]))('%s agrees with the expert', (_id, c) => {
    expect(judgeCase(content, c).failures).toEqual([]);
  });

  // The judge must be able to say no: each part of the rule fails when the expectation is changed.
  const [first] = cases;
  if (first === undefined) throw new Error('no expert cases');
  const plan = judgeCase(content, first).plan;
  const top = plan.method.recommended ?? '';
  const flagged = plan.mistakeFindings.filter((f) => f.risk === 'high' || f.risk === 'medium').map((f) => f.mistakeId);
  const quiet = content.mistakes.map((m) => m.id).filter((id) => !flagged.includes(id));
  it.each<[string, ExpertCase, RegExp]>([
    ['another base method', { ...first, base: ['persona-based'].filter((m) => m !== top) }, /^method:/],
    ['a segment range the plan misses', { ...first, segments: { base: [9, 12], overlay: null } }, /^segments:/],
    ['risks the plan does not flag', { ...first, risks: [quiet.slice(0, 1), 'new', quiet.slice(1, 2)] }, /^risks:/],
    ['a flagged finding that must stay quiet', { ...first, quiet: flagged.slice(0, 1) }, /^quiet:/],
    [
      'a must-not the plan breaks',
      { ...first, mustNot: [{ say: 'the recommended method', check: { topMethodNot: [top] } }] },
      /^must not say/,
    ],
  ])('fails a case given %s', (_what, changed, failure) => {
    expect(flagged.length).toBeGreaterThan(0);
    expect(quiet.length).toBeGreaterThan(1);
    const failures = judgeCase(content, changed).failures;
    expect(failures.some((f) => failure.test(f))).toBe(true);
  });
});
