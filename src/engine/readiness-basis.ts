import type { Readiness } from '../schema/plan/index.ts';

/**
 * An item scoring at least this much is listed as raising its dimension; below it, as lowering it.
 * A partial step's reason names what is still missing ("written down, but without a KPI"), so a
 * partial item is listed where its gap is: only a step that is close to complete counts as a strength.
 */
export const RAISES_FROM = 0.75;

/** How many readiness checks the answers settle, out of those that apply to them. */
export interface ReadinessBasis {
  readonly answered: number;
  readonly applicable: number;
}

/**
 * The checks behind the readiness score. A check whose questions are all hidden by earlier answers
 * does not apply, so it counts in neither figure.
 */
export function readinessBasis({ dimensions }: Pick<Readiness, 'dimensions'>): ReadinessBasis {
  let answered = 0;
  let applicable = 0;
  for (const d of dimensions) {
    const scored = d.raised.length + d.lowered.length;
    answered += scored;
    applicable += scored + d.unknown.filter((u) => u.questionIds.length > 0).length;
  }
  return { answered, applicable };
}

/**
 * The readiness level as a verdict: "Ready" when every check that applies is scored, else
 * "Ready (based on 3 of 24 checks)", so a score resting on few answers is not read as final. A
 * check answered "don't know" is not scored, and counts as open like an unanswered one.
 */
export function readinessVerdict(level: string | null, basis: ReadinessBasis): string {
  const label = level ?? 'Not scored yet';
  return basis.answered < basis.applicable
    ? `${label} (based on ${basis.answered} of ${basis.applicable} checks)`
    : label;
}
