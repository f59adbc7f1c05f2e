import { useId, useState } from 'react';
import type { AnswersDocument } from '../../schema/answers.ts';
import type { ContentBundle } from '../../schema/content-bundle.ts';
import { JsonFileInput } from '../sharing/JsonFileInput.tsx';
import {
  addResponse,
  removeResponse,
  replaceResponse,
  responseFromDocument,
  respondentKey,
  type Workshop,
  type WorkshopResponse,
} from '../../workshop/workshop-model.ts';

interface Props {
  readonly content: ContentBundle;
  readonly workshop: Workshop;
  readonly onChange: (workshop: Workshop) => void;
}

interface Outcome {
  readonly source: string;
  readonly ok: boolean;
  readonly text: string;
  /** What the import set aside, one line each (see `importDetails`). */
  readonly details?: readonly string[];
}

/** An import that worked, with what it set aside. */
interface Imported {
  /** Where its outcome goes in the list: files and links are reported in the order given. */
  readonly slot: number;
  readonly source: string;
  readonly document: AnswersDocument;
  readonly details: readonly string[];
  readonly setAsideCount: number;
}

/**
 * Gathering responses: drop or choose many response files at once, or paste share links. A
 * response from someone already in the workshop replaces theirs only after the facilitator confirms.
 */
export function ResponsesPanel({ content, workshop, onChange }: Props) {
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [conflicts, setConflicts] = useState<{ existing: WorkshopResponse; incoming: WorkshopResponse }[]>([]);
  const [links, setLinks] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileId = useId();
  const linksId = useId();

  /** Add documents one by one, collecting conflicts for confirmation. */
  const addDocuments = (documents: readonly Imported[], results: (Outcome | undefined)[]): void => {
    let next = workshop;
    const pending: typeof conflicts = [];
    for (const { slot, source, document, details, setAsideCount } of documents) {
      const setAside =
        setAsideCount === 0
          ? ''
          : ` ${setAsideCount === 1 ? 'One answer or note was' : `${setAsideCount} answers or notes were`} set aside, each listed below with the reason.`;
      const answers = Object.keys(document.answers).length;
      const added = addResponse(next, responseFromDocument(document, new Date()));
      if ('conflict' in added) {
        pending.push(added.conflict);
        results[slot] = {
          source,
          ok: true,
          text: `${document.meta.respondent} has already responded: confirm below whether to replace the earlier response.${setAside}`,
          details,
        };
      } else {
        next = added.workshop;
        results[slot] = {
          source,
          ok: true,
          text: `Added ${document.meta.respondent || 'an unnamed respondent'}${document.meta.role ? ` (${document.meta.role})` : ''} with ${answers} answer${answers === 1 ? '' : 's'}.${setAside}`,
          details,
        };
      }
    }
    onChange(next);
    setConflicts((c) => [...c, ...pending]);
    setOutcomes(results.filter((r): r is Outcome => r !== undefined));
  };

  const importFiles = async (files: readonly File[]): Promise<void> => {
    const { importDetails, importResponseFile } = await import('../../workshop/import-file.ts');
    const results: (Outcome | undefined)[] = [];
    const documents: Imported[] = [];
    for (const [slot, file] of files.entries()) {
      const result = await importResponseFile(file, content);
      if (result.ok)
        documents.push({
          slot,
          source: file.name,
          document: result.document,
          details: importDetails(result),
          setAsideCount: result.setAside.length,
        });
      else results[slot] = { source: file.name, ok: false, text: result.message };
    }
    addDocuments(documents, results);
  };

  const importLinks = async (): Promise<void> => {
    const [{ decodeShareFragment }, { importDetails }] = await Promise.all([
      import('../../workshop/share-link.ts'),
      import('../../workshop/import-file.ts'),
    ]);
    const results: (Outcome | undefined)[] = [];
    const documents: Imported[] = [];
    const lines = links.split(/\s+/).filter((l) => l !== '');
    for (const [i, line] of lines.entries()) {
      const source = `Link ${i + 1}`;
      const hash = line.indexOf('#');
      const decoded = await decodeShareFragment(hash === -1 ? line : line.slice(hash + 1), content);
      if (decoded.ok)
        documents.push({
          slot: i,
          source,
          document: decoded.document,
          details: importDetails(decoded),
          setAsideCount: decoded.setAside.length,
        });
      else results[i] = { source, ok: false, text: decoded.message };
    }
    addDocuments(documents, results);
    setLinks('');
  };

  const responded = new Set(workshop.responses.map((r) => respondentKey(r.respondent)));
  const conflict = conflicts[0];
  return (
    <section aria-labelledby="responses-heading" className="result-section">
      <h2 id="responses-heading">Responses</h2>
      {workshop.participants.length > 0 && (
        <ul className="participants">
          {workshop.participants.map((p) => (
            <li key={`${p.name}-${p.role}`}>
              {responded.has(respondentKey(p.name)) ? '✓ ' : '○ '}
              {p.name}
              {p.role !== '' && `, ${p.role}`}
              <span className="visually-hidden">
                {responded.has(respondentKey(p.name)) ? ': responded' : ': not yet'}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void importFiles([...e.dataTransfer.files]);
        }}
      >
        <label htmlFor={fileId}>Drop response files here, or choose them (you can pick many at once)</label>
        <JsonFileInput id={fileId} multiple onFiles={(files) => void importFiles(files)} />
      </div>
      <p>
        <label htmlFor={linksId}>Or paste share links, one per line</label>
        <textarea id={linksId} rows={3} value={links} onChange={(e) => setLinks(e.target.value)} />
        <button
          type="button"
          className="button secondary"
          onClick={() => void importLinks()}
          disabled={links.trim() === ''}
        >
          Add from links
        </button>
      </p>
      {conflict !== undefined && (
        <div className="confirm notice" role="alertdialog" aria-labelledby="conflict-text">
          <p id="conflict-text">
            {conflict.existing.respondent} already has a response (imported {conflict.existing.importedAt.slice(0, 10)}
            ). Replace it with the new one?
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              onChange(replaceResponse(workshop, conflict.incoming));
              setConflicts((c) => c.slice(1));
            }}
          >
            Replace the earlier response
          </button>{' '}
          <button type="button" onClick={() => setConflicts((c) => c.slice(1))}>
            Keep the earlier response
          </button>
        </div>
      )}
      {outcomes.length > 0 && (
        <ul className="import-outcomes" aria-live="polite">
          {outcomes.map((o, i) => (
            <li key={`${o.source}-${String(i)}`} className={o.ok ? undefined : 'field-error'}>
              {o.source}: {o.text}
              {o.details !== undefined && o.details.length > 0 && (
                <ul>
                  {o.details.map((d, j) => (
                    <li key={`${String(j)}-${d}`}>{d}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {workshop.responses.length > 0 && (
        <table className="data-table">
          <caption>{workshop.responses.length} responses</caption>
          <thead>
            <tr>
              <th scope="col">Respondent</th>
              <th scope="col">Role</th>
              <th scope="col">Answers</th>
              <th scope="col">Remove</th>
            </tr>
          </thead>
          <tbody>
            {workshop.responses.map((r, i) => (
              <tr key={`${r.respondent}-${r.importedAt}`}>
                <th scope="row">{r.respondent || 'Unnamed respondent'}</th>
                <td>{r.role}</td>
                <td>{Object.keys(r.document.answers).length}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => onChange(removeResponse(workshop, i))}
                    aria-label={`Remove the response from ${r.respondent || 'an unnamed respondent'}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
