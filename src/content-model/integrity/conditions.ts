import { isDerived, isLeaf, type Condition } from '../../schema/condition.ts';
import { DESIGN_FACTS, isDesignFact } from '../../schema/design-facts.ts';
import { OPERATORS } from '../../schema/operators.ts';
import type { QuestionType } from '../../schema/question-types.ts';
import type { QuestionEntry } from './ids.ts';
import { checkDerivedLeaf, checkNumericValue } from './numbers.ts';
import type { FieldReport } from './report.ts';

/**
 * Check a condition against the questions: each question it reads exists (and, with `before`,
 * the position of the question whose visibility it decides, comes earlier in the flow), each
 * operator applies to the question's type, and each value is an option of the question or a
 * number of the right shape.
 */
export function checkCondition(
  condition: Condition,
  field: string,
  questions: ReadonlyMap<string, QuestionEntry>,
  before: number | undefined,
  report: FieldReport,
): void {
  if (isDerived(condition)) {
    checkDerivedLeaf(condition, field, questions, before, report);
    return;
  }
  if (!isLeaf(condition)) {
    if ('all' in condition)
      condition.all.forEach((c, i) => checkCondition(c, `${field}.all[${i}]`, questions, before, report));
    else if ('any' in condition)
      condition.any.forEach((c, i) => checkCondition(c, `${field}.any[${i}]`, questions, before, report));
    else checkCondition(condition.not, `${field}.not`, questions, before, report);
    return;
  }
  if (isDesignFact(condition.question)) {
    checkDesignFactLeaf(condition, field, before, report);
    return;
  }
  const entry = questions.get(condition.question);
  if (entry === undefined) {
    report(`${field}.question`, condition.question, `no question has id "${condition.question}"`);
    return;
  }
  if (before !== undefined && entry.position >= before) {
    report(
      `${field}.question`,
      condition.question,
      entry.position === before
        ? 'a question cannot depend on itself'
        : 'a visibility condition may refer only to questions earlier in the flow',
    );
  }
  const { question } = entry;
  const spec = OPERATORS[condition.op];
  const appliesTo: readonly QuestionType[] = spec.appliesTo;
  if (!appliesTo.includes(question.type)) {
    report(
      `${field}.op`,
      condition.op,
      `"${condition.op}" does not apply to ${question.type} question ${question.id}; it applies to ${spec.appliesTo.join(', ')}`,
    );
    return;
  }
  const value = condition.value;
  const optionIds = new Set((question.options ?? []).map((o) => o.id));
  const badOption = (v: unknown): boolean => typeof v !== 'string' || !optionIds.has(v);
  switch (spec.value) {
    case 'none':
      if (value !== undefined) report(`${field}.value`, value, `"${condition.op}" takes no value`);
      break;
    case 'option':
      if (badOption(value))
        report(
          `${field}.value`,
          value,
          `not an option of ${question.id}; expected one of ${[...optionIds].join(', ')}`,
        );
      break;
    case 'options':
      if (!Array.isArray(value))
        report(`${field}.value`, value, `"${condition.op}" takes a list of options of ${question.id}`);
      else
        value.forEach((v, i) => {
          if (badOption(v))
            report(
              `${field}.value[${i}]`,
              v,
              `not an option of ${question.id}; expected one of ${[...optionIds].join(', ')}`,
            );
        });
      break;
    case 'number':
    case 'range':
      checkNumericValue(condition.op, spec.value, value, field, report);
      break;
  }
}

/** A design fact reads like a multiple-choice answer, and only after the design exists: never in visibility. */
function checkDesignFactLeaf(
  condition: { question: string; op: string; value?: unknown },
  field: string,
  before: number | undefined,
  report: FieldReport,
): void {
  const fact = DESIGN_FACTS[condition.question as keyof typeof DESIGN_FACTS];
  if (before !== undefined) {
    report(
      `${field}.question`,
      condition.question,
      'a design fact is known only once the plan is built, so it cannot decide what is shown',
    );
    return;
  }
  const spec = OPERATORS[condition.op as keyof typeof OPERATORS] as { appliesTo: readonly string[] } | undefined;
  if (spec !== undefined && !spec.appliesTo.includes('multiple'))
    report(
      `${field}.op`,
      condition.op,
      `"${condition.op}" does not apply to ${fact.topic}, which reads as a multiple-choice answer`,
    );
  const values = Array.isArray(condition.value)
    ? condition.value
    : condition.value === undefined
      ? []
      : [condition.value];
  for (const value of values)
    if (!(fact.options as readonly unknown[]).includes(value))
      report(
        `${field}.value`,
        value,
        `${condition.question} has no value "${String(value)}" (it has ${fact.options.join(', ')})`,
      );
}
