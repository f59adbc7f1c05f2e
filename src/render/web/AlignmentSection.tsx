import { formatPercent } from '../../present/format.ts';
import type { AlignmentFinding } from '../../schema/plan/index.ts';

/** A team plan's alignment: the questions the team disagrees on most, shown beside the mistake findings. */
export function AlignmentSection({ findings }: { findings: readonly AlignmentFinding[] }) {
  return (
    <section aria-labelledby="alignment-heading" className="result-section">
      <h2 id="alignment-heading">Alignment findings</h2>
      {findings.length === 0 ? (
        <p>The team broadly agrees: no question reaches the disagreement threshold.</p>
      ) : (
        <ol className="findings">
          {findings.map((f) => (
            <li key={f.questionId} className={`finding risk-${f.level === 'high' ? 'high' : 'medium'}`}>
              <h3>
                No shared view of {f.topic}{' '}
                <span className={`badge ${f.level}`}>
                  {f.level} disagreement ({formatPercent(f.disagreement)})
                </span>
              </h3>
              <p>{f.sentence}</p>
              <p>
                <a href={`#team-${f.questionId}`}>See the answers and set the agreed answer</a>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
