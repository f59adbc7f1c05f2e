import { Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import type { DimensionScore, ReadinessItem } from '../../../schema/plan/index.ts';
import { readinessLine } from '../../../present/plan-text.ts';
import { Paragraph, SmallPrint } from '../parts/blocks.ts';
import { SubHeading } from '../parts/heading.ts';
import { NumberedSection } from '../parts/page-frame.ts';
import { Table } from '../parts/table.ts';
import type { RenderContext } from '../render-context.ts';
import { textSize } from '../theme.ts';
import { RadarChart } from './radar-chart.ts';
import type { SectionInfo } from './section-info.ts';

function reasons(items: readonly ReadinessItem[], none: string) {
  if (items.length === 0) return h(Text, { style: { color: '#7a8590' } }, none);
  return h(
    View,
    null,
    items.map((item) => h(Text, { key: item.ruleId, style: { marginBottom: 3 } }, `• ${item.because}`)),
  );
}

/**
 * The topics of the questions that would score this dimension's unscored items. An item whose
 * questions are all hidden by the other answers does not apply, so it names nothing.
 */
function unknownNote(ctx: RenderContext, d: DimensionScore) {
  const topics = new Set(
    d.unknown.flatMap((u) =>
      u.questionIds.map((id) => ctx.plan.answerSheet.find((a) => a.questionId === id)?.topic ?? id),
    ),
  );
  return topics.size === 0 ? null : h(SmallPrint, null, `Not yet scored: ${[...topics].join('; ')}.`);
}

/** Readiness: the radar across dimensions, then each dimension with what raised and lowered it. */
export function Readiness({ ctx, section }: { readonly ctx: RenderContext; readonly section: SectionInfo }) {
  const { readiness } = ctx.plan;
  const overall =
    readiness.score === null ? 'The overall score needs more answers.' : `Overall ${readinessLine(readiness)}.`;
  return h(
    NumberedSection,
    {
      ctx,
      section,
      lead: `${overall} Each dimension is scored 0 to 100 from the prerequisites the answers show.`,
    },
    h(RadarChart, { dimensions: readiness.dimensions, accent: ctx.theme.accent }),
    h(SubHeading, { ctx }, 'Dimensions and their reasons'),
    // A legend ahead of the table, not a footnote after it: a footnote was left alone on a page
    // when the table filled the one before.
    h(
      Paragraph,
      { muted: true },
      `A prerequisite scoring ${readiness.raisesFrom} or more raises its dimension; one under ${readiness.raisesFrom}, a gap or a partial step, lowers it. The answers behind each one are quoted in the risks and in the appendix.`,
    ),
    h(Table, {
      ctx,
      columns: [
        { title: 'Dimension', width: '26%' },
        { title: 'Score', width: '12%' },
        { title: 'Raised by', width: '31%' },
        { title: 'Lowered by', width: '31%' },
      ],
      rows: readiness.dimensions.map((d) => [
        h(View, null, h(Text, { style: { fontWeight: 700 } }, d.title), h(SmallPrint, null, d.description)),
        h(
          View,
          null,
          h(
            Text,
            { style: { fontWeight: 700, ...textSize(11, 1.3) } },
            d.score === null ? '–' : String(Math.round(d.score)),
          ),
          h(SmallPrint, null, d.level?.label ?? 'Not scored'),
        ),
        reasons(d.raised, 'Nothing yet.'),
        h(View, null, reasons(d.lowered, 'Nothing.'), unknownNote(ctx, d)),
      ]),
    }),
  );
}
