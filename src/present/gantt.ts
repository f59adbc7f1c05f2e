/**
 * The rollout as a Gantt chart, in numbers: where each phase's bar starts and ends on a track of a
 * given width, and which month ticks fit. The web chart (SVG) and the PDF chart (boxes) draw these.
 */
import type { RolloutPlan } from '../schema/plan/index.ts';
import { monthName } from './format.ts';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date `YYYY-MM-DD`, in UTC. */
export function dayNumber(iso: string): number {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** One phase's bar: `left` and `width` on the track; zero width for a skipped phase. */
export interface GanttBar {
  readonly phaseId: string;
  readonly included: boolean;
  readonly left: number;
  readonly width: number;
}

/** A month tick: where it sits and its label (`Feb`, or `Jan 2028` at a year's start and on the first tick). */
export interface GanttTick {
  readonly day: number;
  readonly left: number;
  readonly label: string;
}

export interface GanttLayout {
  readonly bars: readonly GanttBar[];
  readonly ticks: readonly GanttTick[];
}

/**
 * Bars and month ticks for a rollout on a track `track` units wide. Ticks are thinned so two labels
 * are at least `minTickGap` apart, and none sits closer than `endMargin` to the track's end.
 */
export function ganttLayout(rollout: RolloutPlan, track: number, minTickGap = 34, endMargin = 24): GanttLayout {
  const first = dayNumber(rollout.start);
  const span = Math.max(1, dayNumber(rollout.end) + 1 - first);
  const x = (day: number): number => ((day - first) / span) * track;
  const bars = rollout.phases.map((p): GanttBar => {
    if (!p.included || p.start === null || p.end === null)
      return { phaseId: p.phaseId, included: false, left: 0, width: 0 };
    const left = x(dayNumber(p.start));
    const width = Math.min(Math.max(3, x(dayNumber(p.end) + 1) - left), track - left);
    return { phaseId: p.phaseId, included: true, left, width };
  });
  const months = monthStarts(rollout.start, rollout.end).filter((m) => m.day >= first);
  const perMonth = (30.4 / span) * track;
  const step = Math.max(1, Math.ceil(minTickGap / perMonth));
  const ticks = months
    .filter((_, i) => i % step === 0)
    .filter((m) => x(m.day) <= track - endMargin)
    .map((m, i): GanttTick => ({
      day: m.day,
      left: x(m.day),
      label: m.month === 1 || i === 0 ? `${monthName(m.month)} ${m.year}` : monthName(m.month),
    }));
  return { bars, ticks };
}

/** The first day of each month from the start's month to the end, as day numbers. */
function monthStarts(startIso: string, endIso: string): { day: number; month: number; year: number }[] {
  const [y0 = 1970, m0 = 1] = startIso.split('-').map(Number);
  const end = dayNumber(endIso);
  const out: { day: number; month: number; year: number }[] = [];
  for (let i = 0; i < 240; i += 1) {
    const date = new Date(Date.UTC(y0, m0 - 1 + i, 1));
    const day = Math.round(date.getTime() / DAY_MS);
    if (day > end) break;
    out.push({ day, month: date.getUTCMonth() + 1, year: date.getUTCFullYear() });
  }
  return out;
}
