import type { AssessmentIndex, AssessmentRecord } from '../../storage/assessment-record.ts';
import type { AssessmentStore } from '../../storage/assessment-store.ts';

/**
 * The assessment to work on: the current one, else the first that opens, else a new one. Shared by
 * the questionnaire and the quick check, so both write to the same answers.
 */
export function openOrCreate(
  store: AssessmentStore,
  contentVersion: string,
): { record: AssessmentRecord; index: AssessmentIndex } {
  // A current assessment that cannot be read is set aside and reported; the next readable one opens.
  const record = store.openCurrent() ?? store.create('My assessment', contentVersion);
  return { record, index: store.index() };
}
