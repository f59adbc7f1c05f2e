// The engine tests read the real content through the shared loader.
import { buildPlan } from '../../../../src/engine/build-plan.ts';
import type { AnswerValue } from '../../../../src/schema/answer-value.ts';
import type { Plan } from '../../../../src/schema/plan/index.ts';
import { realContent } from '../../../support/content-fixtures.ts';

export { PROJECT_ROOT, realContent } from '../../../support/content-fixtures.ts';

/** The plan the real content gives for these answers alone, at the content's own version. */
export function realPlan(answers: Record<string, AnswerValue | null>): Plan {
  const content = realContent();
  return buildPlan(content, {
    schemaVersion: 1,
    contentVersion: content.settings.contentVersion,
    meta: { organisation: 'Northwind', respondent: 'Dana', role: 'VP Sales', date: '2025-03-03' },
    answers,
    notes: {},
  });
}
