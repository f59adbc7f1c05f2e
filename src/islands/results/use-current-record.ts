import { useEffect, useState } from 'react';
import type { AssessmentRecord } from '../../storage/assessment-record.ts';
import type { AssessmentStore } from '../../storage/assessment-store.ts';

/**
 * The assessment the questionnaire opens (a current one that cannot be read is set aside and the next
 * opens), read again when the page comes back from editing, including from the back-forward cache,
 * and when another tab changes the answers. Shared by the results page and the quick result.
 */
export function useCurrentRecord(store: AssessmentStore): AssessmentRecord | null {
  const [record, setRecord] = useState(() => store.openCurrent());
  useEffect(() => {
    const refresh = (): void => setRecord(store.openCurrent());
    const onPageShow = (e: PageTransitionEvent): void => {
      if (e.persisted) refresh();
    };
    window.addEventListener('pageshow', onPageShow);
    window.addEventListener('storage', refresh);
    return () => {
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('storage', refresh);
    };
  }, [store]);
  return record;
}
