import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import type { RolloutPhasePlan } from '../../../schema/plan/index.ts';
import { BulletList, Label, Paragraph } from '../parts/blocks.ts';
import { MinorHeading, SubHeading } from '../parts/heading.ts';
import { NumberedSection } from '../parts/page-frame.ts';
import { rowStyle, TableHead, tableStyles } from '../parts/table.ts';
import { formatDateRange } from '../../../present/format.ts';
import type { RenderContext } from '../render-context.ts';
import { MUTED, RULE, textSize } from '../theme.ts';
import type { SectionInfo } from './section-info.ts';

/** The audience column's share of the cascade's width, in per cent; the phases share the rest. */
const AUDIENCE_SHARE = 48;
const DOT = 7;

const styles = StyleSheet.create({
  dot: {
    position: 'absolute',
    top: '50%',
    width: DOT,
    height: DOT,
    marginTop: -DOT / 2,
    marginLeft: -DOT / 2,
    borderRadius: DOT / 2,
  },
  legend: { ...textSize(8, 1.4), color: MUTED, marginBottom: 2 },
  wave: { paddingTop: 4, marginBottom: 10, borderTopWidth: 0.5, borderTopColor: RULE },
  meta: { ...textSize(8.5, 1.4), color: MUTED, marginBottom: 6 },
  columns: { flexDirection: 'row' },
  column: { flex: 1, paddingRight: 12 },
});

/** Every audience named in the phases, in the order they first appear. */
function audiences(phases: readonly RolloutPhasePlan[]): string[] {
  return [...new Set(phases.flatMap((p) => p.audiences))];
}

/**
 * The cascade: a row per audience, a column per phase, and a dot where the audience hears from
 * the programme in that phase. Each dot is placed at its column's centre rather than filling a
 * grid of cells, so the table costs a few layout nodes per row instead of one per cell.
 */
function Cascade({ ctx, phases }: { readonly ctx: RenderContext; readonly phases: readonly RolloutPhasePlan[] }) {
  const share = (100 - AUDIENCE_SHARE) / phases.length;
  return h(
    View,
    { style: tableStyles.table },
    h(TableHead, {
      ctx,
      columns: [
        { title: 'Audience', width: `${AUDIENCE_SHARE}%` },
        ...phases.map((p) => ({ title: `P${p.order}`, width: `${share.toFixed(2)}%`, align: 'center' as const })),
      ],
    }),
    audiences(phases).map((audience, r) =>
      h(
        View,
        { key: audience, style: rowStyle(ctx, r), wrap: false },
        h(Text, { style: [tableStyles.textCell, { width: `${AUDIENCE_SHARE}%` }] }, audience),
        phases.flatMap((p, i) =>
          p.audiences.includes(audience)
            ? [
                h(View, {
                  key: p.phaseId,
                  style: [
                    styles.dot,
                    { left: `${(AUDIENCE_SHARE + share * (i + 0.5)).toFixed(2)}%`, backgroundColor: ctx.theme.accent },
                  ],
                }),
              ]
            : [],
        ),
      ),
    ),
  );
}

/**
 * The sales-force communication plan, drawn from the rollout phases: who hears from the
 * programme in which phase (the cascade), and for each wave the messages and the materials.
 */
export function Communication({ ctx, section }: { readonly ctx: RenderContext; readonly section: SectionInfo }) {
  const phases = ctx.plan.rollout.phases.filter((p) => p.included);
  return h(
    NumberedSection,
    {
      ctx,
      section,
      lead: 'Who hears what, when and from whom. Managers hear first so they can answer their reps; nobody learns of a change to their accounts from a report.',
    },
    phases.length === 0
      ? h(Paragraph, { muted: true }, 'No rollout phase is planned, so there is nothing to communicate yet.')
      : null,
    phases.length === 0 ? null : h(SubHeading, { ctx }, 'The cascade: audiences by phase'),
    phases.length === 0 ? null : h(Cascade, { ctx, phases }),
    phases.length === 0
      ? null
      : h(
          View,
          { wrap: false },
          phases.map((p) =>
            h(
              Text,
              { key: p.phaseId, style: styles.legend },
              `P${p.order}  ${p.title} · ${formatDateRange(p.start, p.end)}`,
            ),
          ),
        ),
    phases.length === 0 ? null : h(SubHeading, { ctx }, 'Messages and materials, wave by wave'),
    phases.map((p) =>
      h(
        View,
        { key: p.phaseId, style: styles.wave, minPresenceAhead: 90 },
        h(MinorHeading, null, `P${p.order} · ${p.title}`),
        h(
          Text,
          { style: styles.meta },
          `${formatDateRange(p.start, p.end)} · led by ${p.owner} · to ${p.audiences.length} audience${p.audiences.length === 1 ? '' : 's'}`,
        ),
        h(
          View,
          { style: styles.columns },
          h(
            View,
            { style: styles.column },
            h(Label, null, 'Key messages'),
            h(BulletList, { items: p.messages.map((m) => `“${m}”`), compact: true }),
          ),
          h(
            View,
            { style: styles.column },
            h(Label, null, 'Materials'),
            h(BulletList, { items: p.materials, compact: true }),
          ),
        ),
      ),
    ),
  );
}
