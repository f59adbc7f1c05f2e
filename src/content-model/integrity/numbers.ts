import { DERIVED, DERIVED_NAMES, DERIVED_OPERATORS, isDerivedName } from '../../schema/derived.ts';
import type { DerivedCondition } from '../../schema/condition.ts';
import { OPERATORS } from '../../schema/operators.ts';
import type { QuestionEntry } from './ids.ts';
import type { FieldReport } from './report.ts';

/** A number, or `[min, max]` with min <= max for a range operator; the same for answers and derived numbers. */
export function checkNumericValue(
  op: string,
  kind: 'number' | 'range',
  value: unknown,
  field: string,
  report: FieldReport,
): void {
  if (kind === 'number') {
    if (typeof value !== 'number') report(`${field}.value`, value, `"${op}" takes a number`);
    return;
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'number' ||
    typeof value[1] !== 'number' ||
    value[0] > value[1]
  ) {
    report(`${field}.value`, value, `"${op}" takes [min, max] with min <= max`);
  }
}

/** A derived-number leaf: a known name whose inputs are number questions, a numeric operator and a value of the right shape. */
export function checkDerivedLeaf(
  condition: DerivedCondition,
  field: string,
  questions: ReadonlyMap<string, QuestionEntry>,
  before: number | undefined,
  report: FieldReport,
): void {
  if (before !== undefined) {
    // Visibility stays simple: it tests answers one by one, so the questionnaire can show why a question appears.
    report(
      `${field}.derived`,
      condition.derived,
      'a visibility condition cannot test a derived number; test the questions it reads one by one',
    );
    return;
  }
  if (!isDerivedName(condition.derived)) {
    report(
      `${field}.derived`,
      condition.derived,
      `no derived number has this name; expected one of ${DERIVED_NAMES.join(', ')}`,
    );
    return;
  }
  for (const input of DERIVED[condition.derived].inputs) {
    const entry = questions.get(input);
    if (entry === undefined) {
      report(`${field}.derived`, condition.derived, `reads question ${input}, which does not exist`);
    } else if (entry.question.type !== 'number') {
      report(
        `${field}.derived`,
        condition.derived,
        `reads question ${input}, which is a ${entry.question.type} question, not a number question`,
      );
    }
  }
  const numeric: readonly string[] = DERIVED_OPERATORS;
  if (!numeric.includes(condition.op)) {
    report(`${field}.op`, condition.op, `a derived number takes one of ${DERIVED_OPERATORS.join(', ')}`);
    return;
  }
  checkNumericValue(
    condition.op,
    OPERATORS[condition.op].value === 'range' ? 'range' : 'number',
    condition.value,
    field,
    report,
  );
}
