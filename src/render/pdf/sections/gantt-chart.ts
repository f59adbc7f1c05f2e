import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import type { RolloutPlan } from '../../../schema/plan/index.ts';
import { formatDateRange } from '../../../present/format.ts';
import { ganttLayout } from '../../../present/gantt.ts';
import { phaseWeeks } from '../../../present/plan-text.ts';
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
  const { bars, ticks } = ganttLayout(rollout, TRACK, MIN_TICK_GAP);
  return h(
    View,
    { style: styles.chart, wrap: false },
    ticks.map((t) => h(View, { key: `grid-${t.day}`, style: [styles.grid, { left: LABEL + t.left }] })),
    h(
      View,
      { style: styles.axis },
      ticks.map((t) => h(Text, { key: `tick-${t.day}`, style: [styles.tick, { left: LABEL + t.left + 2 }] }, t.label)),
    ),
    rollout.phases.map((p, i) => {
      const { left, width } = bars[i] ?? { left: 0, width: 0 };
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
                { style: [styles.bar, { left, width, backgroundColor: accent }] },
                width > 44 ? h(Text, { style: styles.barText }, phaseWeeks(p)) : null,
              )
            : h(Text, { style: styles.skipped }, 'Skipped'),
        ),
      );
    }),
  );
}
