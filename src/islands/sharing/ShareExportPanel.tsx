import { useId, useState } from 'react';
import type { AnswersDocument } from '../../schema/answers.ts';
import type { QuestionnaireContent } from '../../schema/content-bundle.ts';
import { downloadBlob, safeFileStem } from '../../render/web/download.ts';
import { JsonFileInput } from './JsonFileInput.tsx';

interface Props {
  readonly content: QuestionnaireContent;
  /** The assessment's current answers; read when a button is pressed, so it is always up to date. */
  readonly currentDocument: () => AnswersDocument;
  readonly name: string;
  /** Called with an imported document; the caller stores it as a new assessment. Omit to hide import. */
  readonly onImport?: (document: AnswersDocument, fileName: string) => void;
}

type Message = { kind: 'status' | 'error'; text: string; details?: readonly string[] } | null;

/**
 * Moving answers between people without a server: a JSON file, a CSV for spreadsheets, a share
 * link whose answers live in the URL fragment (never sent to a server), and importing a file.
 * The code behind each button is loaded only when it is pressed.
 */
export function ShareExportPanel({ content, currentDocument, name, onImport }: Props) {
  const [message, setMessage] = useState<Message>(null);
  const [link, setLink] = useState<string | null>(null);
  const fileId = useId();
  const linkId = useId();
  const stem = (): string => {
    const doc = currentDocument();
    return `${safeFileStem(doc.meta.organisation || name)}-${safeFileStem(doc.meta.respondent, 'answers')}-${doc.meta.date}`;
  };

  const downloadJson = (): void => {
    const doc = currentDocument();
    downloadBlob(`${stem()}.json`, new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }));
    setMessage({
      kind: 'status',
      text: 'Your answers file was downloaded. Send it to your facilitator, or import it on another computer.',
    });
  };

  const downloadCsv = async (): Promise<void> => {
    const { answersToCsv } = await import('../../workshop/csv.ts');
    downloadBlob(
      `${stem()}.csv`,
      new Blob([answersToCsv(content, currentDocument())], { type: 'text/csv;charset=utf-8' }),
    );
    setMessage({ kind: 'status', text: 'A CSV of your answers was downloaded for spreadsheets.' });
  };

  const copyLink = async (): Promise<void> => {
    const { encodeShareFragment, shareUrl } = await import('../../workshop/share-link.ts');
    let url: string;
    try {
      url = shareUrl(window.location.origin, await encodeShareFragment(currentDocument()));
    } catch (error) {
      setMessage({
        kind: 'error',
        text:
          error instanceof Error
            ? error.message
            : 'The share link could not be made. Download the answers file instead.',
      });
      return;
    }
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage({
        kind: 'status',
        text: `The share link (${url.length} characters) was copied. The answers are inside the link itself; no server stores them.`,
      });
    } catch {
      setMessage({
        kind: 'status',
        text: 'Copy the share link below. The answers are inside the link itself; no server stores them.',
      });
    }
  };

  const importFile = async (file: File): Promise<void> => {
    const { importDetails, importResponseFile } = await import('../../workshop/import-file.ts');
    const result = await importResponseFile(file, content);
    if (!result.ok) {
      setMessage({
        kind: 'error',
        text: result.message,
        details: result.problems.slice(0, 8).map((p) => `${p.path}: ${p.message}`),
      });
      return;
    }
    onImport?.(result.document, file.name);
    const details = importDetails(result);
    setMessage({
      kind: 'status',
      text: `Imported “${file.name}” as a new assessment. Your other assessments were not changed.`,
      details,
    });
  };

  return (
    <section className="share-export" aria-labelledby="share-heading">
      <h2 id="share-heading">Share or export these answers</h2>
      <p>
        Finished? Send your answers to your facilitator as a file or a link. Nothing is uploaded: the file and the link
        are the only copies that leave this browser.
      </p>
      <div className="button-row">
        <button type="button" className="button secondary" onClick={downloadJson}>
          Download answers file (JSON)
        </button>
        <button type="button" className="button secondary" onClick={() => void copyLink()}>
          Copy share link
        </button>
        <button type="button" className="button secondary" onClick={() => void downloadCsv()}>
          Download CSV
        </button>
      </div>
      {link !== null && (
        <p>
          <label htmlFor={linkId}>Share link</label>
          <input id={linkId} className="share-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      {onImport !== undefined && (
        <p>
          <label htmlFor={fileId}>Import an answers file (.json) as a new assessment</label>{' '}
          <JsonFileInput id={fileId} onFiles={([file]) => file !== undefined && void importFile(file)} />
        </p>
      )}
      {message !== null && (
        <div
          className={message.kind === 'error' ? 'notice error' : 'notice'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{message.text}</p>
          {message.details !== undefined && message.details.length > 0 && (
            <ul>
              {message.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
