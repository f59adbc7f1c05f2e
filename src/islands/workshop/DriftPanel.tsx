import { useEffect, useId, useState } from 'react';
import type { AnswersDocument } from '../../schema/answers.ts';
import type { ContentBundle } from '../../schema/content-bundle.ts';
import type { Drift } from '../../workshop/drift.ts';
import type { Workshop } from '../../workshop/workshop-model.ts';
import { JsonFileInput } from '../sharing/JsonFileInput.tsx';

interface Props {
  readonly content: ContentBundle;
  readonly workshop: Workshop;
  /** Today's agreed answers. */
  readonly current: AnswersDocument;
  readonly onChange: (workshop: Workshop) => void;
}

const signed = (n: number | null): string => (n === null ? '–' : `${n > 0 ? '+' : ''}${Math.round(n)}`);

/**
 * Re-assessment: last time's answers beside today's. The review-cadence loop the guide
 * recommends: what changed, which warning signs appeared or cleared, how readiness moved.
 */
export function DriftPanel({ content, workshop, current, onChange }: Props) {
  const fileId = useId();
  const [error, setError] = useState<string | null>(null);
  // The report and the previous answers it compares with: a report for other previous answers is not shown.
  const [report, setReport] = useState<{ previous: Workshop['previous']; drift: Drift } | null>(null);
  const previous = workshop.previous;
  const drift = report !== null && report.previous === previous ? report.drift : null;

  useEffect(() => {
    if (previous === undefined) return;
    void import('../../workshop/drift.ts').then(({ driftReport }) =>
      setReport({ previous, drift: driftReport(content, previous.document, current) }),
    );
  }, [content, previous, current]);

  return (
    <section aria-labelledby="drift-heading" className="result-section">
      <h2 id="drift-heading">Re-assessment</h2>
      <p>Load the answers agreed last time (an answers file) to see what has changed since.</p>
      <p>
        <label htmlFor={fileId}>Last time’s answers file</label>{' '}
        <JsonFileInput
          id={fileId}
          onFiles={([file]) => {
            if (file === undefined) return;
            void import('../../workshop/import-file.ts').then(async ({ importResponseFile }) => {
              const result = await importResponseFile(file, content);
              if (!result.ok) {
                setError(result.message);
                return;
              }
              setError(null);
              onChange({
                ...workshop,
                previous: { label: `${file.name} (${result.document.meta.date})`, document: result.document },
              });
            });
          }}
        />
      </p>
      {error !== null && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {previous !== undefined && drift !== null && (
        <>
          <p>
            Compared with {previous.label}. Readiness moved from{' '}
            {drift.readiness.before === null ? '–' : Math.round(drift.readiness.before)} to{' '}
            {drift.readiness.after === null ? '–' : Math.round(drift.readiness.after)} ({signed(drift.readiness.delta)}
            ).
          </p>
          <table className="data-table">
            <caption>Readiness by dimension, then and now</caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">Then</th>
                <th scope="col">Now</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {drift.readiness.dimensions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.title}</th>
                  <td>{d.before === null ? '–' : Math.round(d.before)}</td>
                  <td>{d.after === null ? '–' : Math.round(d.after)}</td>
                  <td>{signed(d.delta)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Warning signs</h3>
          <ul>
            {drift.warningSigns.appeared.map((s) => (
              <li key={s.signId}>Appeared: {s.title}</li>
            ))}
            {drift.warningSigns.cleared.map((s) => (
              <li key={s.signId}>Cleared: {s.title}</li>
            ))}
            {drift.warningSigns.stillActive.map((s) => (
              <li key={s.signId}>Still showing: {s.title}</li>
            ))}
            {drift.warningSigns.appeared.length +
              drift.warningSigns.cleared.length +
              drift.warningSigns.stillActive.length ===
              0 && <li>No warning signs then or now.</li>}
          </ul>
          <h3>{drift.changed.length} changed answers</h3>
          {drift.changed.length > 0 && (
            <table className="data-table">
              <caption>Answers that changed</caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Then</th>
                  <th scope="col">Now</th>
                </tr>
              </thead>
              <tbody>
                {drift.changed.map((c) => (
                  <tr key={c.questionId}>
                    <th scope="row">{c.topic}</th>
                    <td>{c.before.join(', ') || 'No answer'}</td>
                    <td>{c.after.join(', ') || 'No answer'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
