import { isGivenAnswer, type AnswerValue } from './answer-value.ts';
import { isDontKnow } from './dont-know.ts';
import { QUESTION_TYPES, type QuestionType } from './question-types.ts';

/**
 * What the `value` of a condition must be for an operator:
 * - `none`: no value;
 * - `option` / `options`: one option id / a list of option ids of the question;
 * - `number`: a number;
 * - `range`: `[min, max]`, inclusive.
 */
export type OperatorValueKind = 'none' | 'option' | 'options' | 'number' | 'range';

/** A recorded answer as the evaluator sees it: `undefined` when unanswered or hidden. */
export type SeenAnswer = AnswerValue | undefined;

interface OperatorSpec {
  /** How the operator reads in an explanation, e.g. "is one of". */
  readonly phrase: string;
  readonly appliesTo: readonly QuestionType[];
  readonly value: OperatorValueKind;
  readonly test: (answer: SeenAnswer, value: unknown) => boolean;
}

function asNumber(answer: SeenAnswer): number | undefined {
  return typeof answer === 'number' ? answer : undefined;
}
function asList(answer: SeenAnswer): readonly string[] | undefined {
  return Array.isArray(answer) ? answer : undefined;
}
function optionList(value: unknown): readonly string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}
function range(value: unknown): readonly [number, number] {
  return Array.isArray(value) ? [Number(value[0]), Number(value[1])] : [Number.NaN, Number.NaN];
}

/**
 * The one table of condition operators. The content schema, the integrity check, the
 * evaluator and the authoring guide all read it, so adding an operator is one edit here.
 */
export const OPERATORS = {
  answered: { phrase: 'is answered', appliesTo: QUESTION_TYPES, value: 'none', test: (a) => isGivenAnswer(a) },
  unanswered: {
    phrase: 'is not answered',
    appliesTo: QUESTION_TYPES,
    value: 'none',
    test: (a) => !isDontKnow(a) && !isGivenAnswer(a),
  },
  dontKnow: { phrase: 'is "don\'t know"', appliesTo: QUESTION_TYPES, value: 'none', test: (a) => isDontKnow(a) },
  is: { phrase: 'is', appliesTo: ['single'], value: 'option', test: (a, v) => a === v },
  isNot: {
    phrase: 'is not',
    appliesTo: ['single'],
    value: 'option',
    test: (a, v) => typeof a === 'string' && a !== v,
  },
  in: {
    phrase: 'is one of',
    appliesTo: ['single'],
    value: 'options',
    test: (a, v) => typeof a === 'string' && optionList(v).includes(a),
  },
  notIn: {
    phrase: 'is none of',
    appliesTo: ['single'],
    value: 'options',
    test: (a, v) => typeof a === 'string' && !optionList(v).includes(a),
  },
  includes: {
    phrase: 'includes',
    appliesTo: ['multiple'],
    value: 'option',
    test: (a, v) => asList(a)?.includes(String(v)) ?? false,
  },
  excludes: {
    phrase: 'does not include',
    appliesTo: ['multiple'],
    value: 'option',
    test: (a, v) => {
      const list = asList(a);
      return list !== undefined && !list.includes(String(v));
    },
  },
  includesAny: {
    phrase: 'includes any of',
    appliesTo: ['multiple'],
    value: 'options',
    test: (a, v) => optionList(v).some((o) => asList(a)?.includes(o) ?? false),
  },
  includesAll: {
    phrase: 'includes all of',
    appliesTo: ['multiple'],
    value: 'options',
    test: (a, v) => asList(a) !== undefined && optionList(v).every((o) => asList(a)?.includes(o)),
  },
  countAtLeast: {
    phrase: 'has at least this many selected:',
    appliesTo: ['multiple'],
    value: 'number',
    test: (a, v) => (asList(a)?.length ?? -1) >= Number(v),
  },
  countAtMost: {
    phrase: 'has at most this many selected:',
    appliesTo: ['multiple'],
    value: 'number',
    test: (a, v) => {
      const list = asList(a);
      return list !== undefined && list.length <= Number(v);
    },
  },
  gt: {
    phrase: 'is more than',
    appliesTo: ['scale', 'number'],
    value: 'number',
    test: (a, v) => (asNumber(a) ?? Number.NaN) > Number(v),
  },
  gte: {
    phrase: 'is at least',
    appliesTo: ['scale', 'number'],
    value: 'number',
    test: (a, v) => (asNumber(a) ?? Number.NaN) >= Number(v),
  },
  lt: {
    phrase: 'is less than',
    appliesTo: ['scale', 'number'],
    value: 'number',
    test: (a, v) => (asNumber(a) ?? Number.NaN) < Number(v),
  },
  lte: {
    phrase: 'is at most',
    appliesTo: ['scale', 'number'],
    value: 'number',
    test: (a, v) => (asNumber(a) ?? Number.NaN) <= Number(v),
  },
  between: {
    phrase: 'is between',
    appliesTo: ['scale', 'number'],
    value: 'range',
    test: (a, v) => {
      const n = asNumber(a);
      const [lo, hi] = range(v);
      return n !== undefined && n >= lo && n <= hi;
    },
  },
} as const satisfies Record<string, OperatorSpec>;

export type OperatorName = keyof typeof OPERATORS;
export const OPERATOR_NAMES = Object.keys(OPERATORS) as [OperatorName, ...OperatorName[]];
