import type { MistakeFinding } from '../../schema/plan/index.ts';
import { ReasonItem } from './EvidenceList.tsx';
import { articleHref } from '../../present/links.ts';

const RISK_LABEL = { high: 'High risk', medium: 'Medium risk', low: 'Low risk', none: 'Not flagged' } as const;

/** Mistake findings sorted by risk, each with its evidence answers, the fix and the guide article. */
export function FindingsSection({ findings }: { findings: readonly MistakeFinding[] }) {
  const flagged = findings.filter((f) => f.risk !== 'none');
  const clear = findings.filter((f) => f.risk === 'none');
  return (
    <section aria-labelledby="findings-heading" className="result-section">
      <h2 id="findings-heading">Mistake findings</h2>
      <p>
        {flagged.length === 0
          ? 'Your answers do not point to any of the common mistakes.'
          : `Your answers point to ${flagged.length} of the ${findings.length} common mistakes, highest risk first.`}
      </p>
      <ol className="findings">
        {flagged.map((f) => (
          <li key={f.mistakeId} className={`finding risk-${f.risk}`}>
            <h3>
              {f.title} <span className={`badge ${f.risk}`}>{RISK_LABEL[f.risk]}</span>
            </h3>
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
          </li>
        ))}
      </ol>
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
