import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import type { RolloutPhasePlan } from '../../../schema/plan/index.ts';
import { BulletList, Checklist, Citations, Label, SmallPrint } from '../parts/blocks.ts';
import { ReasonWithEvidence } from '../parts/evidence.ts';
import { SubHeading } from '../parts/heading.ts';
import { NumberedSection } from '../parts/page-frame.ts';
import { Table } from '../parts/table.ts';
import { countOf, formatDateRange } from '../../../present/format.ts';
import { phaseWeeks, rolloutLaunchLine, rolloutStartSource, weeksChange } from '../../../present/plan-text.ts';
import type { RenderContext } from '../render-context.ts';
import { MUTED, textSize } from '../theme.ts';
import { GanttChart } from './gantt-chart.ts';
import type { SectionInfo } from './section-info.ts';

const styles = StyleSheet.create({
  phase: { marginBottom: 10 },
  meta: { ...textSize(8.5, 1.4), color: MUTED, marginBottom: 6 },
  columns: { flexDirection: 'row' },
  column: { flex: 1, paddingRight: 12 },
  block: { marginBottom: 6 },
  dates: { ...textSize(9.5, 1.3), fontWeight: 700 },
  note: { ...textSize(9.5, 1.4), marginBottom: 8 },
});

function Phase({ ctx, phase }: { readonly ctx: RenderContext; readonly phase: RolloutPhasePlan }) {
  const weeks = phase.included ? `${phaseWeeks(phase)} (typically ${phase.typicalWeeks})` : 'Skipped';
  return h(
    View,
    { style: styles.phase, minPresenceAhead: 90 },
    h(SubHeading, { ctx }, `Phase ${phase.order}: ${phase.title}`),
    h(Text, { style: [styles.dates, { color: ctx.theme.accentInk }] }, formatDateRange(phase.start, phase.end)),
    h(Text, { style: styles.meta }, `${weeks} · owner: ${phase.owner}`),
    h(Citations, { sources: phase.sources }),
    phase.skippedBecause.map((r) =>
      h(ReasonWithEvidence, { key: r.ruleId, reason: r, accent: ctx.theme.accent, prefix: 'Skipped: ' }),
    ),
    phase.keptBecause.map((r) =>
      h(ReasonWithEvidence, { key: r.ruleId, reason: r, accent: ctx.theme.accent, prefix: 'Kept: ' }),
    ),
    phase.adjustments.map((a) =>
      h(ReasonWithEvidence, {
        key: a.ruleId,
        reason: a,
        accent: ctx.theme.accent,
        prefix: `${weeksChange(a.addWeeks)}: `,
      }),
    ),
    phase.included
      ? h(
          View,
          { style: styles.columns },
          h(
            View,
            { style: styles.column },
            h(Label, null, 'Activities'),
            h(BulletList, { items: phase.activities, compact: true }),
          ),
          h(
            View,
            { style: styles.column },
            h(Label, null, 'Deliverables'),
            h(BulletList, { items: phase.deliverables, compact: true }),
          ),
        )
      : null,
    phase.included
      ? h(
          View,
          { style: styles.block },
          h(Label, null, 'Exit criteria'),
          h(Checklist, { items: phase.exitCriteria, compact: true }),
        )
      : null,
  );
}

/**
 * The rollout playbook: the timeline and an overview, then each phase on a page of its own (to
 * hand to its owner) with its activities, deliverables and exit criteria.
 */
export function Rollout({ ctx, section }: { readonly ctx: RenderContext; readonly section: SectionInfo }) {
  const { rollout } = ctx.plan;
  return h(
    NumberedSection,
    {
      ctx,
      section,
      lead: `${formatDateRange(rollout.start, rollout.end)}: ${countOf(rollout.totalWeeks, 'week')} in ${countOf(rollout.phases.filter((p) => p.included).length, 'phase')}. The dates count from ${rolloutStartSource(rollout)}. ${rolloutLaunchLine(rollout)}`,
    },
    rollout.deadline?.note == null ? null : h(Text, { style: styles.note }, rollout.deadline.note),
    h(GanttChart, { rollout, accent: ctx.theme.accent }),
    h(
      SmallPrint,
      null,
      'Each phase ends when its exit criteria are met, not when its weeks run out. Tick them off at the phase review.',
    ),
    h(SubHeading, { ctx }, 'The phases at a glance'),
    h(Table, {
      ctx,
      columns: [
        { title: 'Phase', width: '34%' },
        { title: 'Dates', width: '30%' },
        { title: 'Weeks', width: '10%' },
        { title: 'Owner', width: '26%' },
      ],
      rows: rollout.phases.map((p) => [
        `${p.order}. ${p.title}`,
        formatDateRange(p.start, p.end),
        phaseWeeks(p),
        p.owner,
      ]),
    }),
    // Each phase starts a fresh page (`break`), so it can be handed to its owner on its own. The
    // page layout engine honours `break` only on the page's own children, as these are.
    rollout.phases.map((p) => h(View, { key: p.phaseId, break: true }, h(Phase, { ctx, phase: p }))),
  );
}
