import { countOf } from '../../present/format.ts';
import { methodWeeks, recommendedMethod } from '../../present/plan-text.ts';
import type { Plan } from '../../schema/plan/index.ts';
import { ReasonItem } from './EvidenceList.tsx';
import { articleHref, editHref } from '../../present/links.ts';

/** The recommended method, the runners-up and the blocked methods, with the reasons and what would change the choice. */
export function MethodSection({ plan }: { plan: Pick<Plan, 'method' | 'summary' | 'design'> }) {
  const { method } = plan;
  const { fit: top, note } = recommendedMethod(plan);
  const runnersUp = method.ranking.filter((m) => !m.blocked && m.methodId !== top?.methodId);
  const blocked = method.ranking.filter((m) => m.blocked);
  return (
    <section aria-labelledby="method-heading" className="result-section">
      <h2 id="method-heading">Method</h2>
      {top === undefined ? (
        <p>Every method is blocked by your answers. The blockers below say what must change first.</p>
      ) : (
        <div className="recommendation">
          <p className="recommended">
            Recommended: <strong>{top.title}</strong> (fit {Math.round(top.fit)} of 100, cost {top.cost},{' '}
            {methodWeeks(top)})
          </p>
          {note !== null && <p>{note}</p>}
          {/* The reasons quote the answers behind them: closed by default, so the page stays short; printing opens them. */}
          <details className="method-reasons">
            <summary>
              Why this method: {countOf(top.raised.length + top.lowered.length, 'reason')} from your answers
            </summary>
            <ul>
              {top.raised.map((r) => (
                <ReasonItem key={r.ruleId} reason={r} prefix={`+${r.points}`} />
              ))}
              {top.lowered.map((r) => (
                <ReasonItem key={r.ruleId} reason={r} prefix={String(r.points)} />
              ))}
            </ul>
          </details>
          <p>
            <a href={articleHref(top.article)}>Read the guide: {top.title}</a>
          </p>
          {method.whatWouldChange.length > 0 && (
            <>
              <h3>What would change this</h3>
              <ul>
                {method.whatWouldChange.slice(0, 3).map((w) => (
                  <li key={w.newTop}>
                    {w.summary}{' '}
                    {w.changes.map((c) => (
                      <a key={c.questionId} href={editHref(c.questionId)} className="edit-link">
                        Edit {c.topic}
                      </a>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <table className="data-table">
        <caption>All methods, ranked by fit</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Method</th>
            <th scope="col">Fit</th>
            <th scope="col">Cost</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {method.ranking.map((m) => (
            <tr key={m.methodId}>
              <td data-label="Rank">{m.rank}</td>
              <th scope="row">
                <a href={articleHref(m.article)}>{m.title}</a>
              </th>
              <td data-label="Fit">{Math.round(m.fit)}</td>
              <td data-label="Cost">{m.cost}</td>
              <td data-label="Status">
                {m.blocked ? 'Blocked' : m.methodId === top?.methodId ? 'Recommended' : 'Possible'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {runnersUp.length > 0 && (
        <details>
          <summary>Why the runners-up rank lower</summary>
          {runnersUp.slice(0, 4).map((m) => (
            <div key={m.methodId}>
              <h4>
                {m.title} (fit {Math.round(m.fit)})
              </h4>
              <ul>
                {[...m.raised, ...m.lowered].map((r) => (
                  <ReasonItem key={r.ruleId} reason={r} prefix={r.points > 0 ? `+${r.points}` : String(r.points)} />
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
      {blocked.length > 0 && (
        <details>
          <summary>{blocked.length} blocked methods and why</summary>
          {blocked.map((m) => (
            <div key={m.methodId}>
              <h4>{m.title}</h4>
              <ul>
                {m.blockers.map((r) => (
                  <ReasonItem key={r.ruleId} reason={r} />
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
