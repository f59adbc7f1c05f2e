import type { SystemImpact } from '../../schema/plan/index.ts';
import { ReasonItem } from './EvidenceList.tsx';
import { articleHref } from '../../present/links.ts';

/** Each system in use: impact, owner, what changes, the checklist and the risks. */
export function SystemsSection({ systems }: { systems: readonly SystemImpact[] }) {
  return (
    <section aria-labelledby="systems-heading" className="result-section">
      <h2 id="systems-heading">Systems impact</h2>
      {systems.length === 0 ? (
        <p>
          Your answers name no system that holds or uses segment data. Check the systems section: most segmentations
          touch at least the CRM.
        </p>
      ) : (
        <ul className="systems">
          {systems.map((s) => (
            <li key={s.systemId} className="card">
              <h3>
                {s.title} <span className={`badge ${s.impact}`}>{s.impact} impact</span>
              </h3>
              <p>
                Owner: {s.owner}
                {s.ownerSource === 'typical' && <span className="muted"> (typical owner; no owner was named)</span>}
              </p>
              <details>
                <summary>What changes, checklist and risks</summary>
                <h4>What changes</h4>
                <ul>
                  {s.changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
                <h4>Checklist</h4>
                <ul>
                  {s.checklist.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
                <h4>Risks</h4>
                <ul>
                  {s.risks.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
                <h4>Why it is on the list</h4>
                <ul>
                  {s.reasons.map((r) => (
                    <ReasonItem key={r.ruleId} reason={r} />
                  ))}
                </ul>
                <p>
                  <a href={articleHref(s.article)}>Read the guide: {s.title}</a>
                </p>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
