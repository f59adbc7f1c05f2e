import { useRef, useState } from 'react';
import { pdfFileName } from '../pdf/file-name.ts';
import { isProvisional } from '../../present/plan-status.ts';
// Starts the PDF worker on the first click; only the worker loads react-pdf.
import { renderPdf } from '../pdf/pdf-client.ts';
import { downloadBlob } from './download.ts';
import type { Plan } from '../../schema/plan/index.ts';
import type { Brand } from '../../schema/settings.ts';
import type { PdfEdition } from '../pdf/options.ts';

export interface DownloadPdfButtonProps {
  readonly plan: Plan;
  /** The consultancy's brand from the content bundle: the cover and the PDF's author. */
  readonly brand: Brand;
  /** A marked edition, e.g. the quick check's short plan; the full plan when left out. */
  readonly edition?: PdfEdition | undefined;
}

/**
 * "Download PDF": renders the plan's PDF in a worker and saves it. The worker, react-pdf and the
 * fonts are loaded on the first click, so they are never part of the page's first load, and the
 * page stays responsive while the PDF is laid out. A second click reuses them.
 */
export function DownloadPdfButton({ plan, brand, edition }: DownloadPdfButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Read out by screen readers: the page stays responsive during the render, so they can say it.
  const [status, setStatus] = useState('');
  // A ref, not state: a double click must not start two renders before React re-renders.
  const running = useRef(false);

  const draft = isProvisional(plan);

  const download = async (): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    setStatus('Preparing the PDF. This takes a few seconds.');
    try {
      const blob = await renderPdf(plan, edition === undefined ? { brand } : { brand, edition });
      const fileName = pdfFileName(plan.meta.organisation, plan.meta.date, draft);
      downloadBlob(fileName, blob);
      setStatus(`The ${draft ? 'draft ' : ''}PDF is ready: ${fileName}.`);
    } catch (cause) {
      // The alert below says what went wrong; the status does not repeat it.
      setStatus('');
      const reason = cause instanceof Error ? cause.message : String(cause);
      setError(`The PDF could not be prepared (${reason}). Try again, or use "Print this page" instead.`);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <span className="pdf-download no-print">
      <button
        type="button"
        className={draft ? 'button secondary pdf-button' : 'button pdf-button'}
        aria-busy={busy}
        aria-disabled={busy}
        onClick={() => void download()}
      >
        {busy ? 'Preparing PDF…' : 'Download PDF'}
      </button>
      <span role="status" className="visually-hidden">
        {status}
      </span>
      {error !== null && (
        <span role="alert" className="pdf-download-error">
          {error}
        </span>
      )}
    </span>
  );
}
