import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { formatNumber, formatRange } from '../../../present/format.ts';
import type { FactValue } from '../../../schema/plan/index.ts';
import { Callout, NumberedList, Paragraph, SmallPrint } from '../parts/blocks.ts';
import { EvidenceQuotes } from '../parts/evidence.ts';
import { SubHeading } from '../parts/heading.ts';
import { NumberedSection } from '../parts/page-frame.ts';
import { Table } from '../parts/table.ts';
import type { RenderContext } from '../render-context.ts';
import { MUTED, RISK_COLOURS, textSize } from '../theme.ts';
import type { SectionInfo } from './section-info.ts';

const styles = StyleSheet.create({
  hero: { flexDirection: 'row', alignItems: 'flex-end', marginBottom: 6 },
  range: { ...textSize(40, 1.1), fontWeight: 700 },
  unit: { ...textSize(12, 1.3), color: MUTED, marginLeft: 8, marginBottom: 7 },
  warning: { ...textSize(9.5, 1.45), color: RISK_COLOURS['medium'] ?? '#b06000' },
  cellText: { ...textSize(8.5, 1.4) },
});

/** What each fact is called in the table. */
const FACT_LABELS: Readonly<Record<FactValue['fact'], string>> = {
  reps: 'Customer-facing reps',
  accounts: 'Accounts in scope',
  treatments: 'Distinct treatments',
  callsPerRepPerYear: 'Calls per rep per year',
  minAccountsPerRepPerSegment: 'Least accounts per rep in a segment',
  minSegmentSharePercent: 'Smallest segment share (%)',
  maxSegmentsRepsCanCarry: 'Most segments a rep can carry',
};

/** The recommended number of segments, the figures it rests on, and the calculation in words. */
export function SegmentCount({ ctx, section }: { readonly ctx: RenderContext; readonly section: SectionInfo }) {
  const count = ctx.plan.segmentCount;
  const range = formatRange(count.min, count.max);
  return h(
    NumberedSection,
    {
      ctx,
      section,
      lead: 'How many segments the sales force can actually treat differently, given its size and capacity.',
    },
    h(
      View,
      { style: styles.hero, wrap: false },
      h(Text, { style: [styles.range, { color: ctx.theme.accentInk }] }, range),
      h(
        Text,
        { style: styles.unit },
        `${count.max === 1 ? 'segment' : 'segments'} recommended${count.ceiling === null ? '' : ` · at most ${count.ceiling} supported by the answers`}`,
      ),
    ),
    count.warnings.length === 0
      ? null
      : h(
          Callout,
          { ctx },
          count.warnings.map((w) => h(Text, { key: w.id, style: styles.warning }, w.message)),
        ),
    h(SubHeading, { ctx }, 'The reasoning'),
    count.reasoning.length === 0
      ? h(Paragraph, { muted: true }, 'No reasoning recorded.')
      : h(NumberedList, { items: count.reasoning }),
    h(SubHeading, { ctx }, 'The figures used'),
    h(Table, {
      ctx,
      columns: [
        { title: 'Figure', width: '28%' },
        { title: 'Value', width: '14%' },
        { title: 'Where it came from', width: '58%' },
      ],
      rows: count.facts.map((f) => [
        FACT_LABELS[f.fact],
        f.value === null ? '–' : formatNumber(f.value),
        f.source === null
          ? h(SmallPrint, null, 'Not known: no answer gives it.')
          : h(
              View,
              null,
              h(Text, { style: styles.cellText }, f.source.because),
              h(EvidenceQuotes, { evidence: f.source.evidence, accent: ctx.theme.accent }),
            ),
      ]),
    }),
  );
}
