import { formatRange } from '../../present/format.ts';
import type { SegmentCount } from '../../schema/plan/index.ts';

/** The recommended segment range, the calculation behind it, and its warnings. */
export function SegmentCountSection({ count }: { count: SegmentCount }) {
  return (
    <section aria-labelledby="count-heading" className="result-section">
      <h2 id="count-heading">Segment count</h2>
      <p className="score-line">
        <span className="big-score">{formatRange(count.min, count.max)}</span>{' '}
        {count.max === 1 ? 'segment' : 'segments'}
      </p>
      {count.warnings.length > 0 && (
        <ul className="warnings">
          {count.warnings.map((w) => (
            <li key={w.id}>{w.message}</li>
          ))}
        </ul>
      )}
      <h3>How this was worked out</h3>
      <ol>
        {count.reasoning.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ol>
    </section>
  );
}
