import { formatDateRange } from '../../present/format.ts';
import { ganttLayout } from '../../present/gantt.ts';
import type { RolloutPlan } from '../../schema/plan/index.ts';

const LABEL_WIDTH = 150;
const CHART_WIDTH = 540;
const ROW = 30;

/** The part of a phase title before its colon ("Mobilise: sponsor, ..." becomes "Mobilise"), so labels fit beside the bars. */
const shortTitle = (title: string): string => {
  const head = title.split(':')[0] ?? title;
  return head.length > 24 ? `${head.slice(0, 23)}…` : head;
};

/** The rollout as a Gantt chart: one bar per included phase, with month ticks. The table beside it holds the same dates. */
export function TimelineChart({ rollout }: { rollout: RolloutPlan }) {
  const layout = ganttLayout(rollout, CHART_WIDTH, 48);
  const rows = rollout.phases.flatMap((p) => {
    const bar = layout.bars.find((b) => b.phaseId === p.phaseId);
    return bar?.included === true ? [{ phase: p, bar }] : [];
  });
  const height = rows.length * ROW + 40;
  const description = rows.map(({ phase: p }) => `${p.title}: ${formatDateRange(p.start, p.end)}`).join('; ');
  return (
    <svg
      className="timeline"
      viewBox={`0 0 ${LABEL_WIDTH + CHART_WIDTH + 30} ${height}`}
      role="img"
      aria-labelledby="timeline-title timeline-desc"
    >
      <title id="timeline-title">Rollout timeline</title>
      <desc id="timeline-desc">{description}</desc>
      {layout.ticks.map((t) => (
        <g key={t.day}>
          <line x1={LABEL_WIDTH + t.left} x2={LABEL_WIDTH + t.left} y1={0} y2={height - 20} className="timeline-tick" />
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
  );
}
