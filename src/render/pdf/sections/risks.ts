import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import type { MistakeFinding } from '../../../schema/plan/index.ts';
import { BulletList, Citations, Label, LevelBadge, Paragraph } from '../parts/blocks.ts';
import { ReasonWithEvidence } from '../parts/evidence.ts';
import { NumberedSection } from '../parts/page-frame.ts';
import type { RenderContext } from '../render-context.ts';
import { MUTED, RULE, textSize } from '../theme.ts';
import type { SectionInfo } from './section-info.ts';

const styles = StyleSheet.create({
  finding: { paddingTop: 10, paddingBottom: 8, borderTopWidth: 0.5, borderTopColor: RULE },
  head: { flexDirection: 'row', alignItems: 'flex-start', marginBottom: 4 },
  badge: { width: 60, paddingTop: 3 },
  title: { flex: 1, ...textSize(11.5, 1.3), fontWeight: 700 },
  category: { ...textSize(7.5), color: MUTED, textTransform: 'uppercase', marginBottom: 3 },
  body: { paddingLeft: 60 },
  columns: { marginTop: 4 },
  part: { marginBottom: 6 },
});

/** How each mistake category reads as a kicker. */
const CATEGORY_LABELS: Readonly<Record<MistakeFinding['category'], string>> = {
  purpose: 'Purpose',
  basis: 'Segmentation basis',
  data: 'Data',
  design: 'Design',
  field: 'Field adoption',
  systems: 'Systems',
  rollout: 'Rollout',
  maintenance: 'Maintenance',
};

function Finding({ ctx, finding }: { readonly ctx: RenderContext; readonly finding: MistakeFinding }) {
  return h(
    View,
    { style: styles.finding, minPresenceAhead: 80 },
    h(
      View,
      { style: styles.head, wrap: false },
      h(View, { style: styles.badge }, h(LevelBadge, { level: finding.risk })),
      h(Text, { style: styles.title }, finding.title),
    ),
    h(
      View,
      { style: styles.body },
      h(
        Text,
        { style: styles.category },
        `${CATEGORY_LABELS[finding.category]}${finding.core ? ' · one of the seven core mistakes' : ''}`,
      ),
      h(Paragraph, null, finding.summary),
      h(
        View,
        { style: styles.part },
        h(Label, null, 'Evidence from your answers'),
        finding.evidence.map((e) => h(ReasonWithEvidence, { key: e.ruleId, reason: e, accent: ctx.theme.accent })),
      ),
      finding.remediation.length === 0
        ? null
        : h(View, { style: styles.part }, h(Label, null, 'The fix'), h(BulletList, { items: finding.remediation })),
      h(Citations, { sources: finding.sources }),
    ),
  );
}

/** Every mistake the answers show, highest risk first, each with the answers quoted and the fix. */
export function Risks({ ctx, section }: { readonly ctx: RenderContext; readonly section: SectionInfo }) {
  const findings = ctx.plan.mistakeFindings.filter((f) => f.risk !== 'none');
  const count = findings.length;
  return h(
    NumberedSection,
    {
      ctx,
      section,
      lead:
        count === 0
          ? 'No mistake in the library matches these answers.'
          : `${count} of the ${ctx.plan.mistakeFindings.length} common mistakes show in these answers. Each is quoted with the answers that show it and the fix.`,
    },
    findings.map((f) => h(Finding, { key: f.mistakeId, ctx, finding: f })),
  );
}
