/** Small workshop responses for hand-computed cases on the synthetic content. */
import type { AnswerValue } from '../../../../src/schema/answer-value.ts';
import type { WorkshopResponse } from '../../../../src/workshop/workshop-model.ts';
import { answersDoc } from '../../engine/support/synthetic-content.ts';

/** One person's response with the given answers. */
export function response(
  respondent: string,
  role: string,
  answers: Record<string, AnswerValue | null>,
): WorkshopResponse {
  return {
    respondent,
    role,
    importedAt: '2025-06-16T09:00:00.000Z',
    document: answersDoc(answers, { meta: { organisation: 'Acme Pharma', respondent, role, date: '2025-06-16' } }),
  };
}
