import type { DimensionScore, Readiness } from '../../schema/plan/index.ts';
import { ReasonItem } from './EvidenceList.tsx';
import { RadarChart } from './RadarChart.tsx';

/**
 * How many of the dimension's items wait for an answer. An item whose questions the other answers
 * hide does not apply to this plan, so it is not counted.
 */
function UnscoredNote({ dimension }: { dimension: DimensionScore }) {
  const waiting = dimension.unknown.filter((u) => u.questionIds.length > 0).length;
  if (waiting === 0) return null;
  return (
    <p className="muted">
      {waiting === 1 ? '1 item' : `${waiting} items`} could not be scored because their questions are unanswered or
      “don’t know”.
    </p>
  );
}

/** Overall readiness, the radar chart, and a table with what raised and lowered each dimension. */
export function ReadinessSection({ readiness }: { readiness: Readiness }) {
  return (
    <section aria-labelledby="readiness-heading" className="result-section">
      <h2 id="readiness-heading">Readiness</h2>
      <p className="score-line">
        <span className="big-score">{readiness.score === null ? '–' : Math.round(readiness.score)}</span>
        <span> / 100 · {readiness.level === null ? 'Not scored yet' : readiness.verdict}</span>
      </p>
      {readiness.level !== null && <p>{readiness.level.meaning}</p>}
      <div className="readiness-grid">
        <RadarChart dimensions={readiness.dimensions} />
        <table className="data-table">
          <caption>Readiness by dimension</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Score</th>
              <th scope="col">Level</th>
            </tr>
          </thead>
          <tbody>
            {readiness.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td>{d.score === null ? 'Unknown' : Math.round(d.score)}</td>
                <td>{d.level?.label ?? 'Not scored'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {readiness.dimensions.map((d) => (
        <details key={d.id} className="dimension">
          <summary>
            {d.title}: {d.score === null ? 'unknown' : Math.round(d.score)}
          </summary>
          <p>{d.description}</p>
          {d.raised.length > 0 && (
            <>
              <h4>Raised by</h4>
              <ul>
                {d.raised.map((r) => (
                  <ReasonItem key={r.ruleId} reason={r} />
                ))}
              </ul>
            </>
          )}
          {d.lowered.length > 0 && (
            <>
              <h4>Lowered by</h4>
              <ul>
                {d.lowered.map((r) => (
                  <ReasonItem key={r.ruleId} reason={r} />
                ))}
              </ul>
            </>
          )}
          <UnscoredNote dimension={d} />
        </details>
      ))}
    </section>
  );
}
