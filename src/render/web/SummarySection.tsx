import { SegmentLegend } from './DesignChart.tsx';
import { formatRange } from '../../present/format.ts';
import { readinessLine } from '../../present/plan-text.ts';
import type { Plan } from '../../schema/plan/index.ts';

/** The plan on one screen: the design first, then readiness, top risks, method, segment range and the next three actions. */
export function SummarySection({ plan }: { plan: Plan }) {
  const { summary, design } = plan;
  const base = design.layers.find((l) => l.kind === 'base');
  return (
    <section aria-labelledby="summary-heading" className="result-section summary">
      <h2 id="summary-heading">Summary</h2>
      <p className="design-headline">{design.headline}</p>
      {base !== undefined && base.segments.length > 0 && (
        <SegmentLegend layer={base} label="Base segments and their treatments" />
      )}
      <dl className="summary-grid">
        <div>
          <dt>Readiness</dt>
          <dd>{readinessLine(plan.readiness)}</dd>
        </div>
        <div>
          <dt>Recommended method</dt>
          <dd>{summary.recommendedMethod?.title ?? 'None: every method is blocked'}</dd>
        </div>
        <div>
          <dt>Segments</dt>
          <dd>{formatRange(summary.segmentRange.min, summary.segmentRange.max)}</dd>
        </div>
        <div>
          <dt>Top risks</dt>
          <dd>
            {summary.topRisks.length === 0
              ? 'None flagged'
              : summary.topRisks.map((r) => `${r.title} (${r.risk})`).join('; ')}
          </dd>
        </div>
      </dl>
      <h3>Next three actions</h3>
      <ol>
        {summary.nextActions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ol>
    </section>
  );
}
