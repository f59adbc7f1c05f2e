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
  const index = store.index();
  const current = index.currentId === null ? null : store.open(index.currentId);
  const fallback = index.assessments
    .map((a) => (a.id === index.currentId ? null : store.open(a.id)))
    .find((r) => r !== null);
  const record = current ?? fallback ?? store.create('My assessment', contentVersion);
  return { record, index: store.index() };
}
