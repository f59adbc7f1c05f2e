import { useId } from 'react';
import { formatDateRange } from '../../present/format.ts';
import { ganttLayout } from '../../present/gantt.ts';
import type { RolloutPlan } from '../../schema/plan/index.ts';

const LABEL_WIDTH = 150;
const CHART_WIDTH = 540;
const ROW = 30;
/** The phone chart: as wide as a phone's column in SVG units, each phase's name over its bar. */
const NARROW_WIDTH = 340;
const NARROW_ROW = 44;

/** The part of a phase title before its colon ("Mobilise: sponsor, ..." becomes "Mobilise"), so labels fit beside the bars. */
const shortTitle = (title: string): string => {
  const head = title.split(':')[0] ?? title;
  return head.length > 24 ? `${head.slice(0, 23)}…` : head;
};

/**
 * The rollout as a Gantt chart: one bar per included phase, with month ticks. The table beside it
 * holds the same dates. Two drawings, one shown by the stylesheet: names beside the bars on a wide
 * screen, and names over the bars on a phone, where labels beside them would shrink to 5 px.
 */
export function TimelineChart({ rollout }: { rollout: RolloutPlan }) {
  const id = useId();
  const included = (layout: ReturnType<typeof ganttLayout>) =>
    rollout.phases.flatMap((p) => {
      const bar = layout.bars.find((b) => b.phaseId === p.phaseId);
      return bar?.included === true ? [{ phase: p, bar }] : [];
    });
  const wide = ganttLayout(rollout, CHART_WIDTH, 48);
  const rows = included(wide);
  const height = rows.length * ROW + 40;
  const narrow = ganttLayout(rollout, NARROW_WIDTH, 70);
  const narrowRows = included(narrow);
  const narrowHeight = narrowRows.length * NARROW_ROW + 34;
  const description = rows.map(({ phase: p }) => `${p.title}: ${formatDateRange(p.start, p.end)}`).join('; ');
  return (
    <div className="timeline-box">
      <svg
        className="timeline timeline-wide"
        viewBox={`0 0 ${LABEL_WIDTH + CHART_WIDTH + 30} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>Rollout timeline</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {wide.ticks.map((t) => (
          <g key={t.day}>
            <line
              x1={LABEL_WIDTH + t.left}
              x2={LABEL_WIDTH + t.left}
              y1={0}
              y2={height - 20}
              className="timeline-tick"
            />
            <text x={LABEL_WIDTH + t.left + 3} y={height - 6} className="timeline-tick-label">
              {t.label}
            </text>
          </g>
        ))}
        {rows.map(({ phase: p, bar }, i) => (
          <g key={p.phaseId}>
            <text x={0} y={i * ROW + 19} className="timeline-label">
              {shortTitle(p.title)}
            </text>
            <rect
              x={LABEL_WIDTH + bar.left}
              y={i * ROW + 6}
              width={bar.width}
              height={ROW - 12}
              rx={3}
              className="timeline-bar"
            />
          </g>
        ))}
      </svg>
      <svg
        className="timeline timeline-narrow"
        viewBox={`0 0 ${NARROW_WIDTH + 10} ${narrowHeight}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        {narrow.ticks.map((t) => (
          <g key={t.day}>
            <line x1={t.left} x2={t.left} y1={0} y2={narrowHeight - 18} className="timeline-tick" />
            <text x={t.left + 2} y={narrowHeight - 4} className="timeline-tick-label">
              {t.label}
            </text>
          </g>
        ))}
        {narrowRows.map(({ phase: p, bar }, i) => (
          <g key={p.phaseId}>
            <text x={0} y={i * NARROW_ROW + 15} className="timeline-label">
              {shortTitle(p.title)}
            </text>
            <rect x={bar.left} y={i * NARROW_ROW + 22} width={bar.width} height={14} rx={3} className="timeline-bar" />
          </g>
        ))}
      </svg>
    </div>
  );
}
