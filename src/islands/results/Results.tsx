import { useEffect, useMemo } from 'react';
import { buildPlan } from '../../engine/build-plan.ts';
import type { ContentBundle } from '../../schema/content-bundle.ts';
import type { Plan } from '../../schema/plan/index.ts';
import { registerOfflineSupport } from '../offline/register.ts';
import { useCurrentRecord } from './use-current-record.ts';
import { StorageNotices } from '../questionnaire/StorageNotices.tsx';
import { ShareExportPanel } from '../sharing/ShareExportPanel.tsx';
import { AssessmentStore } from '../../storage/assessment-store.ts';
import { browserLocalStorage } from '../../storage/browser-storage.ts';
import { useRuntimeBrand } from '../workshop/BrandSettings.tsx';
import { DownloadPdfButton } from '../../render/web/DownloadPdfButton.tsx';
import { PlanView } from '../../render/web/PlanView.tsx';
import { usePrintOpensDetails } from '../../render/web/use-print-details.ts';

export interface ResultsProps {
  readonly content: ContentBundle;
  /** Injected in tests; the browser's localStorage otherwise. */
  readonly store?: AssessmentStore;
}

/** The whole plan for the open assessment, each part with its reasons. */
export default function Results({ content, store: injected }: ResultsProps) {
  const store = useMemo(() => injected ?? new AssessmentStore(browserLocalStorage()), [injected]);
  const record = useCurrentRecord(store);
  // The brand a consultant set in this browser (issue 20): on the PDF's cover and page headers.
  const { brand, settings: brandSettings } = useRuntimeBrand(content.brand, 'the PDF’s cover and page headers');

  useEffect(registerOfflineSupport, []);
  usePrintOpensDetails();

  const plan: Plan | null = useMemo(
    () => (record === null ? null : buildPlan(content, record.document)),
    [content, record],
  );

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
    <>
      <StorageNotices memoryReason={null} setAside={store.setAside} />
      <PlanView
        plan={plan}
        name={record.name}
        download={<DownloadPdfButton plan={plan} brand={brand} />}
        actions={
          <p className="secondary-actions">
            <a href="/questionnaire/">Edit your answers</a>
            <button type="button" className="link-button" onClick={() => window.print()}>
              Print this page
            </button>
          </p>
        }
      />
      <div className="no-print">{brandSettings}</div>
      <ShareExportPanel content={content} name={record.name} currentDocument={() => record.document} />
    </>
  );
}
