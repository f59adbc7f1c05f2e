import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import type { RolloutPlan } from '../../../schema/plan/index.ts';
import { dayNumber, monthStarts } from '../calendar.ts';
import { formatDateRange } from '../format.ts';
import { MUTED, PAPER_TINT, RULE, textSize } from '../theme.ts';

const WIDTH = 483;
const LABEL = 168;
const TRACK = WIDTH - LABEL;
const ROW = 30;
const AXIS = 18;
/** The least room between two month labels, so they never overlap. */
const MIN_TICK_GAP = 34;

const styles = StyleSheet.create({
  chart: { width: WIDTH, position: 'relative', marginTop: 6, marginBottom: 14 },
  axis: { height: AXIS, position: 'relative' },
  tick: { position: 'absolute', top: 2, width: 60, ...textSize(7, 1.2), color: MUTED },
  grid: { position: 'absolute', top: AXIS - 4, bottom: 0, width: 0.5, backgroundColor: RULE },
  row: { height: ROW, flexDirection: 'row', borderTopWidth: 0.5, borderTopColor: RULE },
  label: { width: LABEL, paddingRight: 8, paddingTop: 4 },
  title: { ...textSize(8, 1.2), fontWeight: 700 },
  dates: { ...textSize(7, 1.2), color: MUTED },
  track: { width: TRACK, position: 'relative' },
  bar: { position: 'absolute', top: 8, height: 14, borderRadius: 2, justifyContent: 'center' },
  barText: { ...textSize(7, 1.2), color: '#ffffff', fontWeight: 700, paddingLeft: 4 },
  skipped: { position: 'absolute', top: 9, left: 4, ...textSize(7.5, 1.2), color: MUTED },
  skippedRow: { backgroundColor: PAPER_TINT },
});

/**
 * The rollout as a Gantt chart: one row per phase, bars placed by their dates on a month axis.
 * Built from boxes rather than SVG so every label is real, searchable text in the document's font.
 */
export function GanttChart({ rollout, accent }: { readonly rollout: RolloutPlan; readonly accent: string }) {
  const first = dayNumber(rollout.start);
  const span = Math.max(1, dayNumber(rollout.end) + 1 - first);
  const x = (day: number): number => ((day - first) / span) * TRACK;
  const months = monthStarts(rollout.start, rollout.end).filter((m) => m.day >= first);
  const perMonth = (30.4 / span) * TRACK;
  const step = Math.max(1, Math.ceil(MIN_TICK_GAP / perMonth));
  const ticks = months.filter((_, i) => i % step === 0).filter((m) => x(m.day) <= TRACK - 24);
  return h(
    View,
    { style: styles.chart, wrap: false },
    ticks.map((m) => h(View, { key: `grid-${m.day}`, style: [styles.grid, { left: LABEL + x(m.day) }] })),
    h(
      View,
      { style: styles.axis },
      ticks.map((m, i) =>
        h(
          Text,
          { key: `tick-${m.day}`, style: [styles.tick, { left: LABEL + x(m.day) + 2 }] },
          m.label === 'Jan' || i === 0 ? `${m.label} ${m.year}` : m.label,
        ),
      ),
    ),
    rollout.phases.map((p) => {
      const left = p.start === null ? 0 : x(dayNumber(p.start));
      const width = p.start === null || p.end === null ? 0 : Math.max(3, x(dayNumber(p.end) + 1) - left);
      return h(
        View,
        { key: p.phaseId, style: p.included ? styles.row : [styles.row, styles.skippedRow] },
        h(
          View,
          { style: styles.label },
          h(Text, { style: styles.title }, `${p.order}. ${p.title.split(':')[0] ?? p.title}`),
          // A skipped phase has no dates; its track says "Skipped", so the label does not repeat it.
          h(Text, { style: styles.dates }, p.included ? formatDateRange(p.start, p.end) : 'Not scheduled'),
        ),
        h(
          View,
          { style: styles.track },
          p.included
            ? h(
                View,
                { style: [styles.bar, { left, width: Math.min(width, TRACK - left), backgroundColor: accent }] },
                width > 34 ? h(Text, { style: styles.barText }, `${p.weeks} wk`) : null,
              )
            : h(Text, { style: styles.skipped }, 'Skipped'),
        ),
      );
    }),
  );
}
