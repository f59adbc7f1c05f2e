import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { formatPercent } from '../../../present/format.ts';
import { Paragraph, SmallPrint } from '../parts/blocks.ts';
import { SubHeading } from '../parts/heading.ts';
import { NumberedSection } from '../parts/page-frame.ts';
import { Table } from '../parts/table.ts';
import type { RenderContext } from '../render-context.ts';
import { MUTED, RISK_COLOURS, textSize } from '../theme.ts';
import type { SectionInfo } from './section-info.ts';

const styles = StyleSheet.create({
  finding: { marginBottom: 6 },
  findingTitle: { ...textSize(10, 1.4), fontWeight: 700 },
  findingText: { ...textSize(9.5, 1.45) },
  cellText: { ...textSize(8.5, 1.4) },
  note: { ...textSize(8.5, 1.4), color: MUTED },
});

/** A workshop's alignment: who took part, where the team disagreed, and the answers it agreed. */
export function Alignment({ ctx, section }: { readonly ctx: RenderContext; readonly section: SectionInfo }) {
  const { alignment } = ctx.plan;
  if (alignment === undefined) return h(View, null);
  const overridden = alignment.decisions.filter((d) => d.overridden || d.note !== null || !d.settled);
  return h(
    NumberedSection,
    {
      ctx,
      section,
      lead: 'Where the team saw things differently, and what it decided.',
    },
    h(SubHeading, { ctx }, 'Participants'),
    h(Table, {
      ctx,
      columns: [
        { title: 'Name', width: '50%' },
        { title: 'Role', width: '50%' },
      ],
      rows: alignment.participants.map((p) => [p.name || 'Unnamed respondent', p.role || '–']),
    }),
    alignment.notAnswered.length > 0 &&
      h(
        Paragraph,
        { muted: true },
        `Expected but did not answer, so not counted as respondents: ${alignment.notAnswered
          .map((p) => (p.role === '' ? p.name : `${p.name} (${p.role})`))
          .join(', ')}.`,
      ),
    h(SubHeading, { ctx }, 'Disagreements'),
    alignment.findings.length === 0
      ? h(Paragraph, { muted: true }, 'No question reached the disagreement threshold: the team broadly agreed.')
      : alignment.findings.map((f) =>
          h(
            View,
            { key: f.questionId, style: styles.finding, wrap: false },
            h(
              Text,
              { style: [styles.findingTitle, { color: RISK_COLOURS[f.level] ?? ctx.theme.accentInk }] },
              `No shared view of ${f.topic} (${f.level}, ${formatPercent(f.disagreement)})`,
            ),
            h(Text, { style: styles.findingText }, f.sentence),
          ),
        ),
    h(SubHeading, { ctx }, 'Decisions taken'),
    overridden.length === 0
      ? h(
          Paragraph,
          { muted: true },
          'The team kept the default answers (the majority, or the median) on every question.',
        )
      : h(Table, {
          ctx,
          columns: [
            { title: 'Question', width: '30%' },
            { title: 'Default answer', width: '22%' },
            { title: 'Agreed answer', width: '22%' },
            { title: 'Note', width: '26%' },
          ],
          rows: overridden.map((d) => [
            d.topic,
            d.defaultLabels.join(', ') || '–',
            h(
              Text,
              { style: styles.cellText },
              `${d.agreedLabels.join(', ') || '–'}${d.overridden ? ' (changed in the workshop)' : d.settled ? '' : ' (not yet agreed: the default)'}`,
            ),
            d.note === null ? h(SmallPrint, null, '–') : h(Text, { style: styles.note }, d.note),
          ]),
        }),
  );
}
