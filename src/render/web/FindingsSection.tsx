import type { MistakeFinding } from '../../schema/plan/index.ts';
import { ReasonItem } from './EvidenceList.tsx';
import { articleHref } from '../../present/links.ts';
import { flaggedFindings, riskCounts } from '../../present/plan-status.ts';

const RISK_LABEL = { high: 'High risk', medium: 'Medium risk', low: 'Low risk', none: 'Not flagged' } as const;

/** The id of a finding's item, for links from the summary's top risks. */
export const findingAnchor = (mistakeId: string): string => `finding-${mistakeId}`;

/**
 * Mistake findings, highest risk first, counted by risk. Each is one line (risk and title) that opens
 * to its summary, the answers that raised it, the fix and the guide article; printing opens them all.
 */
export function FindingsSection({
  findings,
  soFar = false,
}: {
  findings: readonly MistakeFinding[];
  /** A draft plan: the findings are those the answers given so far raise. */
  soFar?: boolean;
}) {
  const flagged = flaggedFindings(findings);
  const clear = findings.filter((f) => f.risk === 'none');
  const counts = riskCounts(flagged);
  return (
    <section aria-labelledby="findings-heading" className="result-section">
      <h2 id="findings-heading">{soFar ? 'Mistake findings so far' : 'Mistake findings'}</h2>
      {flagged.length === 0 ? (
        <p>
          {soFar
            ? 'The answers given so far do not point to any of the common mistakes.'
            : 'Your answers do not point to any of the common mistakes.'}
        </p>
      ) : (
        <>
          <p className="risk-counts">
            {counts.map((c) => (
              <span key={c.risk} className={`badge ${c.risk}`}>
                {c.count} {c.risk}
              </span>
            ))}{' '}
            <span>
              {flagged.length} of the {findings.length} common mistakes, highest risk first. Open one to see why it was
              flagged and the fix.
            </span>
          </p>
          <ol className="findings">
            {flagged.map((f) => (
              <li key={f.mistakeId} id={findingAnchor(f.mistakeId)} className={`finding risk-${f.risk}`}>
                <details>
                  <summary>
                    <span className={`badge ${f.risk}`}>{RISK_LABEL[f.risk]}</span>
                    <h3>{f.title}</h3>
                  </summary>
                  <div className="finding-body">
                    <p>{f.summary}</p>
                    <h4>Why it was flagged</h4>
                    <ul>
                      {f.evidence.map((e) => (
                        <ReasonItem key={e.ruleId} reason={e} />
                      ))}
                    </ul>
                    <h4>The fix</h4>
                    <ol>
                      {f.remediation.map((step) => (
                        <li key={step}>{step}</li>
                      ))}
                    </ol>
                    <p>
                      <a href={articleHref(f.article)}>Read the guide: {f.title}</a>
                    </p>
                  </div>
                </details>
              </li>
            ))}
          </ol>
        </>
      )}
      {clear.length > 0 && (
        <details>
          <summary>{clear.length} mistakes not flagged by your answers</summary>
          <ul>
            {clear.map((f) => (
              <li key={f.mistakeId}>
                <a href={articleHref(f.article)}>{f.title}</a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
