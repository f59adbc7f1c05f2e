import { useEffect, useMemo, useState } from 'react';
import { buildPlan } from '../../engine/build-plan.ts';
import type { AnswersDocument } from '../../schema/answers.ts';
import type { ContentBundle } from '../../schema/content-bundle.ts';
import { registerOfflineSupport } from '../offline/register.ts';
import { AssessmentStore } from '../../storage/assessment-store.ts';
import { browserLocalStorage } from '../../storage/browser-storage.ts';
import { BrandStore, effectiveBrand } from '../../storage/brand-store.ts';
import { DownloadPdfButton } from '../../render/web/DownloadPdfButton.tsx';
import { downloadBlob, safeFileStem } from '../../render/web/download.ts';
import { PlanView } from '../../render/web/PlanView.tsx';
import { usePrintOpensDetails } from '../../render/web/use-print-details.ts';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; document: AnswersDocument };

interface Props {
  readonly content: ContentBundle;
  readonly store?: AssessmentStore;
}

/**
 * An assessment opened from a share link. The answers come from the URL fragment, which the
 * browser never sends to a server. The recipient can save a copy as a new assessment.
 */
export default function SharedAssessment({ content, store: injected }: Props) {
  const store = useMemo(() => injected ?? new AssessmentStore(browserLocalStorage()), [injected]);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [saved, setSaved] = useState<'no' | 'yes' | 'failed'>('no');
  // The brand a consultant set in this browser (issue 20), on the PDF's cover and page headers.
  const brand = useMemo(() => effectiveBrand(content.brand, new BrandStore(browserLocalStorage()).load()), [content]);
  useEffect(registerOfflineSupport, []);
  usePrintOpensDetails();

  useEffect(() => {
    const read = async (): Promise<void> => {
      const fragment = window.location.hash.replace(/^#/, '');
      if (fragment === '') {
        setState({
          kind: 'error',
          message: 'This page needs a share link: the address has no answers after the # sign.',
        });
        return;
      }
      const { decodeShareFragment } = await import('../../workshop/share-link.ts');
      const result = await decodeShareFragment(fragment, content);
      setState(result.ok ? { kind: 'ready', document: result.document } : { kind: 'error', message: result.message });
    };
    void read();
    window.addEventListener('hashchange', () => void read());
  }, [content]);

  const plan = useMemo(() => (state.kind === 'ready' ? buildPlan(content, state.document) : null), [content, state]);

  if (state.kind === 'loading') return <p role="status">Reading the shared answers…</p>;
  if (state.kind === 'error' || plan === null) {
    return (
      <div className="notice error" role="alert">
        <p>{state.kind === 'error' ? state.message : 'The shared answers could not be read.'}</p>
        <p>Ask the sender for a new link, or for their answers file. Nothing in this browser was changed.</p>
      </div>
    );
  }
  // The copy's name in this browser; the page itself names the organisation and respondent once, in the plan's meta line.
  const name =
    [plan.meta.organisation, plan.meta.respondent].filter((s) => s !== '').join(' · ') || 'Shared assessment';
  return (
    <PlanView
      plan={plan}
      download={<DownloadPdfButton plan={plan} brand={brand} />}
      actions={
        <div className="no-print">
          {saved === 'yes' ? (
            <p role="status">
              Saved a copy in this browser. <a href="/questionnaire/">Open it in the questionnaire</a>
            </p>
          ) : saved === 'failed' ? (
            <div className="notice error" role="alert">
              <p>
                No copy was saved: this browser’s storage is {store.memoryReason === 'blocked' ? 'blocked' : 'full'}.
                Download the answers file instead and import it later, or free some storage and reload this link.
              </p>
              <p>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    downloadBlob(
                      `${safeFileStem(name)}-answers.json`,
                      new Blob([`${JSON.stringify(state.document, null, 2)}\n`], { type: 'application/json' }),
                    )
                  }
                >
                  Download answers file (JSON)
                </button>
              </p>
            </div>
          ) : (
            <p className="secondary-actions">
              <button
                type="button"
                className="link-button"
                onClick={() => setSaved(store.saveCopy(name, state.document).saved ? 'yes' : 'failed')}
              >
                Save a copy in this browser
              </button>
            </p>
          )}
        </div>
      }
    />
  );
}
