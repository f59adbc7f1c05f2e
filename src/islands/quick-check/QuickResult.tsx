import { useEffect, useMemo } from 'react';
import { quickResult } from '../../engine/quick-check.ts';
import { editHref } from '../../present/links.ts';
import { QUICK_PDF_SECTIONS } from '../../render/pdf/editions.ts';
import type { PdfEdition } from '../../render/pdf/options.ts';
import { DownloadPdfButton } from '../../render/web/DownloadPdfButton.tsx';
import { PlanView } from '../../render/web/PlanView.tsx';
import { usePrintOpensDetails } from '../../render/web/use-print-details.ts';
import type { ContentBundle } from '../../schema/content-bundle.ts';
import type { QuickCheck } from '../../schema/quick-check.ts';
import { AssessmentStore } from '../../storage/assessment-store.ts';
import { browserLocalStorage } from '../../storage/browser-storage.ts';
import { registerOfflineSupport } from '../offline/register.ts';
import { useCurrentRecord } from '../results/use-current-record.ts';
import { StorageNotices } from '../questionnaire/StorageNotices.tsx';
import { ShareExportPanel } from '../sharing/ShareExportPanel.tsx';

export interface QuickResultProps {
  readonly content: ContentBundle;
  readonly quick: QuickCheck;
  /** The quick check's questions, to answer again. */
  readonly quickHref: string;
  /** The full assessment, which opens the same answers. */
  readonly fullHref: string;
  /** Injected in tests; the browser's localStorage otherwise. */
  readonly store?: AssessmentStore;
}

/** How an open question stands, in the words the list uses. */
const STATUS_WORDS = {
  unanswered: 'not answered yet',
  dontKnow: "you answered don't know",
  invalid: 'the answer cannot be used',
  conflict: 'it contradicts another answer',
} as const;

/** The quick check's result: its confidence in plain words, the short plan, and what the full assessment would change. */
export default function QuickResult({ content, quick, quickHref, fullHref, store: injected }: QuickResultProps) {
  const store = useMemo(() => injected ?? new AssessmentStore(browserLocalStorage()), [injected]);
  const record = useCurrentRecord(store);
  useEffect(registerOfflineSupport, []);
  usePrintOpensDetails();
  const built = useMemo(
    () => (record === null ? null : quickResult(content, quick, record.document)),
    [content, quick, record],
  );

  if (record === null || built === null || Object.keys(record.document.answers).length === 0) {
    return (
      <>
        <p>There are no answers in this browser yet, so there is no result to show.</p>
        <p>
          <a className="button" href={quickHref}>
            Start the quick check
          </a>
        </p>
      </>
    );
  }
  const { plan, result } = built;
  const edition: PdfEdition = { label: result.label, note: result.statement, sections: QUICK_PDF_SECTIONS };
  const more = result.openCount - result.open.length;
  return (
    <>
      <StorageNotices memoryReason={null} setAside={store.setAside} />
      <section aria-labelledby="trust-heading" className="result-section quick-trust">
        <h2 id="trust-heading">How far to trust this result</h2>
        <p>{result.statement}</p>
        {result.readiness !== null && <p>{result.readiness}</p>}
        <p>{result.leftOut}</p>
        <p>
          <a href="#change-heading">See which answers would change this plan</a>
        </p>
        <h3>Methods worth a closer look</h3>
        <ol>
          {result.shortlist.map((m) => (
            <li key={m.methodId}>
              {m.title} <span className="muted">(fit {Math.round(m.fit)} of 100)</span>
            </li>
          ))}
        </ol>
        <p className="no-print">
          <a className="button" href={fullHref}>
            Continue to the full assessment
          </a>
        </p>
        <p className="muted">Your quick-check answers are already filled in there.</p>
      </section>
      <PlanView
        plan={plan}
        name={`${result.label}: ${record.name}`}
        extent="quick"
        actions={
          <p className="no-print">
            <a href={quickHref}>Change your quick answers</a> ·{' '}
            <button type="button" className="link-button" onClick={() => window.print()}>
              Print this page
            </button>{' '}
            · <DownloadPdfButton plan={plan} brand={content.brand} edition={edition} />
          </p>
        }
      />
      <section aria-labelledby="change-heading" className="result-section">
        <h2 id="change-heading">What the full assessment would change</h2>
        {result.open.length === 0 ? (
          <p>Every question this plan reads has an answer: the full assessment would add the rollout and cadence.</p>
        ) : (
          <>
            <p>
              The questions below are the ones whose answers would move this plan most. Each link opens it in the full
              assessment.
            </p>
            <ul className="quick-changes">
              {result.open.map((q) => (
                <li key={q.questionId}>
                  <a href={editHref(q.questionId)}>{q.prompt}</a>{' '}
                  <span className="muted">
                    ({STATUS_WORDS[q.status]}, {q.sectionTitle})
                  </span>
                  <ul>
                    {q.effects.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
            {more > 0 && (
              <p>
                {more} more {more === 1 ? 'question' : 'questions'} of the full assessment would firm up the plan
                further.
              </p>
            )}
          </>
        )}
      </section>
      <ShareExportPanel content={content} name={record.name} currentDocument={() => record.document} />
    </>
  );
}
