import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import type { ReviewCadence } from '../../../schema/plan/index.ts';
import { Citations, Label, Paragraph, SmallPrint } from '../parts/blocks.ts';
import { ReasonWithEvidence } from '../parts/evidence.ts';
import { SubHeading } from '../parts/heading.ts';
import { NumberedSection } from '../parts/page-frame.ts';
import { capitalise, everyMonths } from '../../../present/format.ts';
import type { RenderContext } from '../render-context.ts';
import { INK, MUTED, RISK_COLOURS, RULE, textSize } from '../theme.ts';
import type { SectionInfo } from './section-info.ts';

const styles = StyleSheet.create({
  cards: { flexDirection: 'row', marginBottom: 8 },
  card: { flex: 1, padding: 12, marginRight: 10, borderTopWidth: 3 },
  lastCard: { marginRight: 0 },
  cardLabel: { ...textSize(7.5), fontWeight: 700, color: MUTED, textTransform: 'uppercase' },
  figure: { ...textSize(20, 1.2), fontWeight: 700, marginTop: 4 },
  cardNote: { ...textSize(8, 1.4), color: MUTED },
  fields: { flexDirection: 'row', marginTop: 4, marginBottom: 10 },
  field: { flex: 1, marginRight: 16, paddingTop: 16, borderBottomWidth: 0.8, borderBottomColor: INK },
  fieldLabel: { ...textSize(7.5), color: MUTED },
  sign: { flexDirection: 'row', paddingVertical: 7, borderBottomWidth: 0.5, borderBottomColor: RULE },
  box: { width: 11, height: 11, borderWidth: 1, borderColor: INK, marginRight: 10, marginTop: 1 },
  signBody: { flex: 1 },
  signTitle: { ...textSize(9.5, 1.3), fontWeight: 700 },
  question: { ...textSize(9, 1.4) },
  tag: { width: 92, ...textSize(7.5, 1.3), textAlign: 'right', color: MUTED },
  active: { color: RISK_COLOURS['high'] ?? '#b3261e', fontWeight: 700 },
  seen: { marginBottom: 6 },
});

const REVIEW_LABELS = { design: 'Design review', membership: 'Membership refresh', both: 'Both reviews' } as const;

function IntervalCard({
  ctx,
  label,
  months,
  note,
  last = false,
}: {
  readonly ctx: RenderContext;
  readonly label: string;
  readonly months: number;
  readonly note: string;
  readonly last?: boolean;
}) {
  return h(
    View,
    {
      style: [
        styles.card,
        { borderTopColor: ctx.theme.accent, backgroundColor: ctx.theme.accentWash },
        last ? styles.lastCard : {},
      ],
    },
    h(Text, { style: styles.cardLabel }, label),
    h(Text, { style: styles.figure }, capitalise(everyMonths(months))),
    h(Text, { style: styles.cardNote }, note),
  );
}

/**
 * The checklist, starting on a fresh page (`break`) so that page can be copied for every review.
 * react-pdf's page layout engine honours `break` only on a page's own children: keep this View
 * a direct child of the section's page.
 */
function WarningSignChecklist({ ctx, cadence }: { readonly ctx: RenderContext; readonly cadence: ReviewCadence }) {
  return h(
    View,
    { break: true },
    h(SubHeading, { ctx }, 'Warning-sign checklist'),
    h(
      Paragraph,
      { muted: true },
      'Copy this page for each review. Tick every sign you see; one ticked sign is reason to bring the design review forward.',
    ),
    h(
      View,
      { style: styles.fields, wrap: false },
      ['Review date', 'Reviewed by', 'Next review'].map((f) =>
        h(View, { key: f, style: styles.field }, h(Text, { style: styles.fieldLabel }, f)),
      ),
    ),
    cadence.triggers.map((t) =>
      h(
        View,
        { key: t.signId, style: styles.sign, wrap: false },
        h(View, { style: styles.box }),
        h(
          View,
          { style: styles.signBody },
          h(Text, { style: styles.signTitle }, t.title),
          h(Text, { style: styles.question }, t.checkQuestion),
        ),
        h(
          View,
          { style: styles.tag },
          h(Text, null, REVIEW_LABELS[t.review]),
          t.active ? h(Text, { style: styles.active }, 'Seen now') : null,
        ),
      ),
    ),
  );
}

/** The warning signs the answers already show, with the answers quoted and the sources cited. */
function activeSigns(ctx: RenderContext, cadence: ReviewCadence) {
  const active = cadence.triggers.filter((t) => t.active);
  if (active.length === 0) return [];
  return [
    h(SubHeading, { key: 'signs-h', ctx }, 'Signs already showing'),
    ...active.map((t) =>
      h(
        View,
        { key: t.signId, style: styles.seen, minPresenceAhead: 30 },
        h(Label, null, t.title),
        t.reasons.map((r) => h(ReasonWithEvidence, { key: r.ruleId, reason: r, accent: ctx.theme.accent })),
        h(Citations, { sources: t.sources }),
      ),
    ),
  ];
}

/** How often to review the design and refresh membership, who owns it, and the checklist to reuse at each review. */
export function Cadence({ ctx, section }: { readonly ctx: RenderContext; readonly section: SectionInfo }) {
  const { cadence } = ctx.plan;
  const source = (s: 'answer' | 'rule' | 'default'): string =>
    s === 'answer' ? 'As you planned' : s === 'rule' ? 'Set for the reason given below' : 'The practitioner default';
  return h(
    NumberedSection,
    {
      ctx,
      section,
      lead: `Owner: ${cadence.owner}${cadence.ownerSource === 'default' ? ' (the usual owner; none was named)' : ''}.`,
    },
    h(
      View,
      { style: styles.cards, wrap: false },
      h(IntervalCard, {
        ctx,
        label: 'Design review',
        months: cadence.design.months,
        note: source(cadence.design.source),
      }),
      h(IntervalCard, {
        ctx,
        label: 'Membership refresh',
        months: cadence.membership.months,
        note: source(cadence.membership.source),
        last: true,
      }),
    ),
    h(SubHeading, { ctx }, 'Why these intervals'),
    h(Label, null, 'Design review'),
    cadence.design.reasons.length === 0
      ? h(SmallPrint, null, 'No rule applied; the default holds.')
      : cadence.design.reasons.map((r) =>
          h(ReasonWithEvidence, { key: r.ruleId, reason: r, accent: ctx.theme.accent }),
        ),
    h(Label, null, 'Membership refresh'),
    cadence.membership.reasons.length === 0
      ? h(SmallPrint, null, 'No rule applied; the default holds.')
      : cadence.membership.reasons.map((r) =>
          h(ReasonWithEvidence, { key: r.ruleId, reason: r, accent: ctx.theme.accent }),
        ),
    ...activeSigns(ctx, cadence),
    h(WarningSignChecklist, { ctx, cadence }),
  );
}
