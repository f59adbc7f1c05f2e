import type { Readiness } from '../schema/plan.ts';

/** How many readiness checks the answers settle, out of those that apply to them. */
export interface ReadinessBasis {
  readonly answered: number;
  readonly applicable: number;
}

/**
 * The checks behind the readiness score. A check whose questions are all hidden by earlier answers
 * does not apply, so it counts in neither figure.
 */
export function readinessBasis(readiness: Readiness): ReadinessBasis {
  let answered = 0;
  let applicable = 0;
  for (const d of readiness.dimensions) {
    const scored = d.raised.length + d.lowered.length;
    answered += scored;
    applicable += scored + d.unknown.filter((u) => u.questionIds.length > 0).length;
  }
  return { answered, applicable };
}

/**
 * The readiness level as a verdict: "Ready" when every check that applies is answered, else
 * "Ready, on 3 of 24 checks so far", so a score from a partly answered questionnaire is not read
 * as final.
 */
export function readinessVerdict(level: string | null, basis: ReadinessBasis): string {
  const label = level ?? 'Not scored yet';
  return basis.answered < basis.applicable
    ? `${label}, on ${basis.answered} of ${basis.applicable} checks so far`
    : label;
}
