import type { RolloutPlan } from '../../schema/plan/index.ts';
import { formatDate } from './links.ts';

const DAY = 86_400_000;
const LABEL_WIDTH = 150;
const CHART_WIDTH = 540;
const ROW = 30;

/** The part of a phase title before its colon ("Mobilise: sponsor, ..." becomes "Mobilise"), so labels fit beside the bars. */
const shortTitle = (title: string): string => {
  const head = title.split(':')[0] ?? title;
  return head.length > 24 ? `${head.slice(0, 23)}…` : head;
};

const toTime = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** The rollout as a Gantt chart: one bar per included phase, with month ticks. The table beside it holds the same dates. */
export function TimelineChart({ rollout }: { rollout: RolloutPlan }) {
  const phases = rollout.phases.filter((p) => p.included && p.start !== null && p.end !== null);
  const start = toTime(rollout.start);
  const span = Math.max(toTime(rollout.end) + DAY - start, DAY);
  const x = (iso: string, endOfDay = false): number =>
    LABEL_WIDTH + ((toTime(iso) + (endOfDay ? DAY : 0) - start) / span) * CHART_WIDTH;
  const height = phases.length * ROW + 40;
  const ticks: { label: string; at: number }[] = [];
  const first = new Date(start);
  for (let m = 0; m < 40; m += 1) {
    const tick = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m + 1, 1);
    if (tick > start + span) break;
    ticks.push({
      at: LABEL_WIDTH + ((tick - start) / span) * CHART_WIDTH,
      label: new Date(tick).toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' }),
    });
  }
  const description = phases
    .map((p) => `${p.title}: ${formatDate(p.start ?? '')} to ${formatDate(p.end ?? '')}`)
    .join('; ');
  return (
    <svg
      className="timeline"
      viewBox={`0 0 ${LABEL_WIDTH + CHART_WIDTH + 30} ${height}`}
      role="img"
      aria-labelledby="timeline-title timeline-desc"
    >
      <title id="timeline-title">Rollout timeline</title>
      <desc id="timeline-desc">{description}</desc>
      {ticks.map((t) => (
        <g key={t.at}>
          <line x1={t.at} x2={t.at} y1={0} y2={height - 20} className="timeline-tick" />
          <text x={t.at + 3} y={height - 6} className="timeline-tick-label">
            {t.label}
          </text>
        </g>
      ))}
      {phases.map((p, i) => (
        <g key={p.phaseId}>
          <text x={0} y={i * ROW + 19} className="timeline-label">
            {shortTitle(p.title)}
          </text>
          <rect
            x={x(p.start ?? '')}
            y={i * ROW + 6}
            width={Math.max(x(p.end ?? '', true) - x(p.start ?? ''), 2)}
            height={ROW - 12}
            rx={3}
            className="timeline-bar"
          />
        </g>
      ))}
    </svg>
  );
}
