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
  const addDocuments = (
    documents: readonly { source: string; document: AnswersDocument }[],
    results: Outcome[],
  ): void => {
    let next = workshop;
    const pending: typeof conflicts = [];
    for (const { source, document } of documents) {
      const added = addResponse(next, responseFromDocument(document, new Date()));
      if ('conflict' in added) {
        pending.push(added.conflict);
        results.push({
          source,
          ok: true,
          text: `${document.meta.respondent} has already responded: confirm below whether to replace the earlier response.`,
        });
      } else {
        next = added.workshop;
        results.push({
          source,
          ok: true,
          text: `Added ${document.meta.respondent || 'an unnamed respondent'}${document.meta.role ? ` (${document.meta.role})` : ''}.`,
        });
      }
    }
    onChange(next);
    setConflicts((c) => [...c, ...pending]);
    setOutcomes(results);
  };

  const importFiles = async (files: readonly File[]): Promise<void> => {
    const { importResponseFile } = await import('../../workshop/import-file.ts');
    const results: Outcome[] = [];
    const documents: { source: string; document: AnswersDocument }[] = [];
    for (const file of files) {
      const result = await importResponseFile(file, content);
      if (result.ok) documents.push({ source: file.name, document: result.document });
      else results.push({ source: file.name, ok: false, text: result.message });
    }
    addDocuments(documents, results);
  };

  const importLinks = async (): Promise<void> => {
    const { decodeShareFragment } = await import('../../workshop/share-link.ts');
    const results: Outcome[] = [];
    const documents: { source: string; document: AnswersDocument }[] = [];
    const lines = links.split(/\s+/).filter((l) => l !== '');
    for (const [i, line] of lines.entries()) {
      const source = `Link ${i + 1}`;
      const hash = line.indexOf('#');
      const decoded = await decodeShareFragment(hash === -1 ? line : line.slice(hash + 1), content);
      if (decoded.ok) documents.push({ source, document: decoded.document });
      else results.push({ source, ok: false, text: decoded.message });
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
