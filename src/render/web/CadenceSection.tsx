import { capitalise, everyMonths } from '../../present/format.ts';
import type { ReviewCadence } from '../../schema/plan/index.ts';
import { ReasonItem } from './EvidenceList.tsx';
import { articleHref } from '../../present/links.ts';

/** How often to review the design and re-score membership, who owns it, and the warning signs to watch. */
export function CadenceSection({ cadence }: { cadence: ReviewCadence }) {
  const active = cadence.triggers.filter((t) => t.active);
  return (
    <section aria-labelledby="cadence-heading" className="result-section">
      <h2 id="cadence-heading">Review cadence</h2>
      <dl className="facts">
        <dt>Design review</dt>
        <dd>{capitalise(everyMonths(cadence.design.months))}: definitions, cut-offs and treatments.</dd>
        <dt>Membership refresh</dt>
        <dd>
          {capitalise(everyMonths(cadence.membership.months))}: re-score accounts and move them at cycle boundaries.
        </dd>
        <dt>Owner</dt>
        <dd>
          {cadence.owner}
          {cadence.ownerSource === 'default' && <span className="muted"> (no owner was named)</span>}
        </dd>
      </dl>
      <details>
        <summary>Why these intervals</summary>
        <ul>
          {[...cadence.design.reasons, ...cadence.membership.reasons].map((r, i) => (
            <ReasonItem key={`${r.ruleId}-${String(i)}`} reason={r} />
          ))}
        </ul>
      </details>
      <h3>Warning signs to check at each review</h3>
      {active.length > 0 && <p>{active.length} warning sign(s) already show in your answers.</p>}
      <ul className="triggers">
        {cadence.triggers.map((t) => (
          <li key={t.signId}>
            <a href={articleHref(t.article)}>{t.title}</a>
            {t.active && <span className="badge high"> showing now</span>}: {t.checkQuestion}
          </li>
        ))}
      </ul>
    </section>
  );
}
