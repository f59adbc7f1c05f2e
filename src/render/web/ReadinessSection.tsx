import type { DimensionScore, Readiness } from '../../schema/plan/index.ts';
import { ReasonItem } from './EvidenceList.tsx';
import { RadarChart } from './RadarChart.tsx';
import { dimensionBasis, dimensionBasisShare, dimensionLevelText } from '../../present/plan-status.ts';

/** How much of a score rests on answers, as a thin bar and in words, shown on the score itself. */
export function BasisMeter({ answered, applicable }: { answered: number; applicable: number }) {
  const share = applicable === 0 ? 1 : answered / applicable;
  return (
    <span className={share < 1 ? 'basis partial' : 'basis'}>
      <span className="basis-track" aria-hidden="true">
        <span className="basis-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      <span className="basis-text">
        {answered === applicable ? `All ${applicable} checks answered` : `Rests on ${answered} of ${applicable} checks`}
      </span>
    </span>
  );
}

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
      <div className="score-block">
        <p className="score-line">
          <span className="big-score">{readiness.score === null ? '–' : Math.round(readiness.score)}</span>
          <span> / 100 · {readiness.level === null ? 'Not scored yet' : readiness.level.label}</span>
        </p>
        <BasisMeter answered={readiness.basis.answered} applicable={readiness.basis.applicable} />
      </div>
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
              <th scope="col">Answered</th>
            </tr>
          </thead>
          <tbody>
            {readiness.dimensions.map((d, i) => {
              const basis = dimensionBasis(d);
              return (
                <tr key={d.id} className={dimensionBasisShare(d) < 1 ? 'partial' : undefined}>
                  <th scope="row">
                    <span className="dim-number" aria-hidden="true">
                      {i + 1}
                    </span>
                    {d.title}
                  </th>
                  <td data-label="Score">{d.score === null ? 'Unknown' : Math.round(d.score)}</td>
                  <td data-label="Level">{dimensionLevelText(d)}</td>
                  <td data-label="Answered">
                    {basis.answered} of {basis.applicable} checks
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {readiness.dimensions.map((d) => (
        <details key={d.id} className="dimension">
          <summary>
            {d.title}: {d.score === null ? 'unknown' : Math.round(d.score)} · {dimensionLevelText(d)}
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
