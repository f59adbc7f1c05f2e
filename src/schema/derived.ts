import type { AnswerValue } from './answer-value.ts';

/** A derived number as the evaluator sees it: `undefined` when unknown. */
export type DerivedValue = number | undefined;

interface DerivedSpec {
  /** How the number reads in an explanation, e.g. "accounts per rep". */
  readonly phrase: string;
  /** The number questions it reads, in the order `compute` receives their answers. */
  readonly inputs: readonly [string, ...string[]];
  /**
   * A sum of counts: an input that is unanswered, hidden or "don't know" counts as 0, and the number is
   * unknown only when none is known (e.g. a team with no inside sales has none to count).
   */
  readonly missingAsZero?: boolean;
  /** The number from its inputs' answers; `undefined` when it has no meaning (e.g. a divisor of 0). */
  readonly compute: (inputs: readonly number[]) => DerivedValue;
  /**
   * The value input `index` would need for the number to equal `target`, the other inputs kept.
   * "What would change this" tries answers on either side of it, as it does for plain thresholds.
   */
  readonly solve: (index: number, target: number, inputs: readonly number[]) => DerivedValue;
}

const at = (inputs: readonly number[], i: number): number => inputs[i] ?? Number.NaN;

/** A ratio of two answers, e.g. accounts per rep: unknown when the divisor is 0. */
const ratio = (phrase: string, numerator: string, divisor: string): DerivedSpec => ({
  phrase,
  inputs: [numerator, divisor],
  compute: (v) => (at(v, 1) === 0 ? undefined : at(v, 0) / at(v, 1)),
  solve: (i, target, v) => (i === 0 ? target * at(v, 1) : target === 0 ? undefined : at(v, 0) / target),
});

/**
 * The one table of derived numbers a condition may test with `{ derived: <name>, op, value }`.
 * The content schema, the integrity check, the evaluator and the question indexes all read it,
 * so adding a derived number is one edit here.
 */
export const DERIVED = {
  accountsPerRep: ratio('accounts per rep', 'segment-count.accounts', 'segment-count.reps'),
  callsPerAccount: {
    phrase: 'field calls a year per account, if every account were called',
    inputs: ['segment-count.reps', 'segment-count.calls-per-rep', 'segment-count.accounts'],
    compute: (v) => (at(v, 2) === 0 ? undefined : (at(v, 0) * at(v, 1)) / at(v, 2)),
    solve: (i, target, v) =>
      i === 2
        ? target === 0
          ? undefined
          : (at(v, 0) * at(v, 1)) / target
        : i === 0
          ? at(v, 1) === 0
            ? undefined
            : (target * at(v, 2)) / at(v, 1)
          : at(v, 0) === 0
            ? undefined
            : (target * at(v, 2)) / at(v, 0),
  },
  salesTeam: {
    phrase: 'customer-facing people (field reps, key-account managers and inside sales)',
    inputs: ['segment-count.reps', 'segment-count.kams', 'segment-count.inside-reps'],
    missingAsZero: true,
    compute: (v) => at(v, 0) + at(v, 1) + at(v, 2),
    solve: (i, target, v) => target - (at(v, 0) + at(v, 1) + at(v, 2) - at(v, i)),
  },
  unitsPerParent: ratio('units in scope per group above them', 'segment-count.accounts', 'organisation.parent-count'),
  keyAccountsPerAccount: ratio(
    'named key accounts per account in scope',
    'segment-count.key-accounts',
    'segment-count.accounts',
  ),
  plannedSegmentsOverTreatments: {
    phrase: 'planned segments beyond the fundable treatments',
    inputs: ['segment-count.planned-segments', 'segment-count.treatments'],
    compute: (v) => at(v, 0) - at(v, 1),
    solve: (i, target, v) => (i === 0 ? at(v, 1) + target : at(v, 0) - target),
  },
} as const satisfies Record<string, DerivedSpec>;

export type DerivedName = keyof typeof DERIVED;
export const DERIVED_NAMES = Object.keys(DERIVED) as [DerivedName, ...DerivedName[]];

/** The operators a derived leaf may use: the numeric comparisons. */
export const DERIVED_OPERATORS = ['gt', 'gte', 'lt', 'lte', 'between'] as const;
export type DerivedOperator = (typeof DERIVED_OPERATORS)[number];

/** Whether `name` is a derived number in the table (for content that has not passed the schema). */
export function isDerivedName(name: unknown): name is DerivedName {
  return typeof name === 'string' && Object.hasOwn(DERIVED, name);
}

/** The input answers as numbers, or `undefined` when any is unanswered, hidden, "don't know" or not a number. */
function inputNumbers(spec: DerivedSpec, get: (questionId: string) => AnswerValue | undefined): number[] | undefined {
  const out: number[] = [];
  let known = 0;
  for (const id of spec.inputs) {
    const answer = get(id);
    if (typeof answer === 'number' && Number.isFinite(answer)) {
      out.push(answer);
      known += 1;
    } else if (spec.missingAsZero === true) out.push(0);
    else return undefined;
  }
  return known === 0 ? undefined : out;
}

/**
 * A derived number from the answers the rules see. Unknown (`undefined`) when any input is
 * unanswered, hidden or "don't know", or when the result is not a finite number (a divisor of 0).
 */
export function derivedValue(name: DerivedName, get: (questionId: string) => AnswerValue | undefined): DerivedValue {
  const spec: DerivedSpec = DERIVED[name];
  const inputs = inputNumbers(spec, get);
  if (inputs === undefined) return undefined;
  const value = spec.compute(inputs);
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/**
 * The answers to `questionId` at which the derived number would equal each of `targets`, the
 * other inputs kept as answered. Empty when `questionId` is not an input or another input is unknown.
 */
export function derivedBoundaries(
  name: DerivedName,
  questionId: string,
  targets: readonly number[],
  get: (questionId: string) => AnswerValue | undefined,
): number[] {
  const spec: DerivedSpec = DERIVED[name];
  const index = spec.inputs.indexOf(questionId);
  if (index === -1) return [];
  const inputs = inputNumbers(spec, (id) => (id === questionId ? 0 : get(id)));
  if (inputs === undefined) return [];
  const out: number[] = [];
  for (const target of targets) {
    const value = spec.solve(index, target, inputs);
    if (value !== undefined && Number.isFinite(value)) out.push(value);
  }
  return out;
}
