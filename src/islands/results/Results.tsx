import { useEffect, useMemo, useState } from 'react';
import { buildPlan } from '../../engine/build-plan.ts';
import type { ContentBundle } from '../../schema/content-bundle.ts';
import type { Plan } from '../../schema/plan.ts';
import type { AssessmentRecord } from '../storage/assessment-record.ts';
import { registerOfflineSupport } from '../offline/register.ts';
import { AssessmentStore } from '../storage/assessment-store.ts';
import { browserLocalStorage } from '../storage/browser-storage.ts';
import { StorageNotices } from '../questionnaire/StorageNotices.tsx';
import { CadenceSection } from './CadenceSection.tsx';
import { FindingsSection } from './FindingsSection.tsx';
import { formatDate } from './links.ts';
import { MethodSection } from './MethodSection.tsx';
import { OpenQuestionsSection } from './OpenQuestionsSection.tsx';
import { ReadinessSection } from './ReadinessSection.tsx';
import { RolloutSection } from './RolloutSection.tsx';
import { SegmentCountSection } from './SegmentCountSection.tsx';
import { SetAsideSection } from './SetAsideSection.tsx';
import { SummarySection } from './SummarySection.tsx';
import { SystemsSection } from './SystemsSection.tsx';

export interface ResultsProps {
  readonly content: ContentBundle;
  /** Injected in tests; the browser's localStorage otherwise. */
  readonly store?: AssessmentStore;
}

function currentRecord(store: AssessmentStore): AssessmentRecord | null {
  const index = store.index();
  return index.currentId === null ? null : store.open(index.currentId);
}

/** The whole plan for the open assessment, each part with its reasons. */
export default function Results({ content, store: injected }: ResultsProps) {
  const store = useMemo(() => injected ?? new AssessmentStore(browserLocalStorage()), [injected]);
  const [record, setRecord] = useState(() => currentRecord(store));

  useEffect(registerOfflineSupport, []);

  // Coming back from editing (including from the back-forward cache) or a change in another tab re-reads the answers.
  useEffect(() => {
    const refresh = (): void => setRecord(currentRecord(store));
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

  // Print every explanation: open all collapsed details before printing and close them again after.
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = (): void => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('.results details:not([open])')];
      for (const d of opened) d.open = true;
    };
    const after = (): void => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const plan: Plan | null = useMemo(() => (record === null ? null : buildPlan(content, record.document)), [content, record]);

  if (record === null || plan === null || Object.keys(record.document.answers).length === 0) {
    return (
      <>
        <StorageNotices memoryReason={store.memoryReason === 'full' ? 'full' : null} setAside={store.setAside} />
        <p>There are no answers in this browser yet, so there is nothing to show.</p>
        <p>
          <a className="button" href="/questionnaire/">
            Start the questionnaire
          </a>
        </p>
      </>
    );
  }
  return (
    <div className="results">
      <StorageNotices memoryReason={null} setAside={store.setAside} />
      <p className="results-meta">
        {record.name}
        {plan.meta.organisation !== '' && plan.meta.organisation !== record.name && ` · ${plan.meta.organisation}`}
        {plan.meta.respondent !== '' && ` · ${plan.meta.respondent}`}
        {plan.meta.role !== '' && ` (${plan.meta.role})`} · answers dated {formatDate(plan.meta.date)}
      </p>
      <p className="no-print">
        <a href="/questionnaire/">Edit your answers</a> ·{' '}
        <button type="button" className="link-button" onClick={() => window.print()}>
          Print this page
        </button>
      </p>
      {plan.notices.length > 0 && (
        <div className="notice" role="status">
          <ul>
            {plan.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <SetAsideSection entries={plan.setAside} />
      <SummarySection plan={plan} />
      <ReadinessSection readiness={plan.readiness} />
      <FindingsSection findings={plan.mistakeFindings} />
      <MethodSection method={plan.method} />
      <SegmentCountSection count={plan.segmentCount} />
      <SystemsSection systems={plan.systems} />
      <RolloutSection rollout={plan.rollout} />
      <CadenceSection cadence={plan.cadence} />
      <OpenQuestionsSection open={plan.openQuestions} confidence={plan.confidence} />
    </div>
  );
}
