import type { AnswerValue } from '../schema/answer-value.ts';
import type { Condition } from '../schema/condition.ts';
import { isDerived, isLeaf } from '../schema/condition-tree.ts';
import { DERIVED, derivedValue } from '../schema/derived.ts';
import { OPERATORS } from '../schema/operators.ts';

/**
 * The answers the rules see: only visible, usable answers. A question that is hidden,
 * unanswered or set aside has no entry, so every operator reads it as unanswered.
 */
export interface SeenAnswers {
  get(questionId: string): AnswerValue | undefined;
}

/** A condition turned into a function once, so that evaluating it per plan costs no tree walking setup. */
export type ConditionTest = (seen: SeenAnswers) => boolean;

/** Compiled tests by condition object: content objects are stable, so each compiles once. */
const compiled = new WeakMap<Condition, ConditionTest>();

/** Compile a condition into a test, following the semantics in the content brief. */
export function compileCondition(condition: Condition): ConditionTest {
  let test = compiled.get(condition);
  if (test === undefined) {
    test = compileFresh(condition);
    compiled.set(condition, test);
  }
  return test;
}

function compileFresh(condition: Condition): ConditionTest {
  if (isLeaf(condition)) {
    const { question, value } = condition;
    const test = OPERATORS[condition.op].test;
    return (seen) => test(seen.get(question), value);
  }
  if (isDerived(condition)) {
    // The derived number reads only visible answers, so a hidden input makes it unknown and the test false.
    const { derived, value } = condition;
    const test = OPERATORS[condition.op].test;
    return (seen) =>
      test(
        derivedValue(derived, (id) => seen.get(id)),
        value,
      );
  }
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (seen) => parts.every((part) => part(seen));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (seen) => parts.some((part) => part(seen));
  }
  const inner = compileCondition(condition.not);
  return (seen) => !inner(seen);
}

/** Whether a condition holds for these answers. */
export function conditionHolds(condition: Condition, seen: SeenAnswers): boolean {
  return compileCondition(condition)(seen);
}

/**
 * The questions that made a condition hold, in the order they appear, each once.
 * `all` cites every part; `any` cites only the parts that held; `not` cites the questions it
 * tested, because their answers are what made the inner condition fail. A derived-number leaf
 * cites every question its number reads.
 */
export function conditionEvidence(condition: Condition, seen: SeenAnswers): string[] {
  const out: string[] = [];
  collectEvidence(condition, seen, out);
  return out;
}

function collectEvidence(condition: Condition, seen: SeenAnswers, out: string[]): void {
  if (isLeaf(condition) || isDerived(condition)) {
    for (const id of conditionQuestions(condition)) if (!out.includes(id)) out.push(id);
  } else if ('all' in condition) {
    for (const part of condition.all) collectEvidence(part, seen, out);
  } else if ('any' in condition) {
    for (const part of condition.any) if (conditionHolds(part, seen)) collectEvidence(part, seen, out);
  } else {
    for (const id of conditionQuestions(condition.not)) if (!out.includes(id)) out.push(id);
  }
}

/** Every question a condition reads, each once, in order; a derived number reads all its inputs. */
/** The questions a graded fit reads: its question, or its derived number's inputs. */
export function gradedQuestions(graded: {
  readonly by: { question: string } | { derived: keyof typeof DERIVED };
}): string[] {
  return 'question' in graded.by ? [graded.by.question] : [...DERIVED[graded.by.derived].inputs];
}

export function conditionQuestions(condition: Condition): string[] {
  if (isLeaf(condition)) return [condition.question];
  if (isDerived(condition)) return [...DERIVED[condition.derived].inputs];
  const parts = 'all' in condition ? condition.all : 'any' in condition ? condition.any : [condition.not];
  const out: string[] = [];
  for (const part of parts) for (const id of conditionQuestions(part)) if (!out.includes(id)) out.push(id);
  return out;
}
