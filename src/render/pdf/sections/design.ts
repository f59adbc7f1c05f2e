import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import {
  booksText,
  capacityStatusText,
  layerHeading,
  layerSize,
  reachLine,
  segmentRow,
  CAPACITY_COLUMNS,
  capacityRow,
} from '../../../present/design-text.ts';
import type { DesignLayer } from '../../../schema/plan/index.ts';
import { BulletList, Label, NumberedList, Paragraph, SmallPrint } from '../parts/blocks.ts';
import { ReasonWithEvidence } from '../parts/evidence.ts';
import { SubHeading } from '../parts/heading.ts';
import { NumberedSection } from '../parts/page-frame.ts';
import { Table, type Column } from '../parts/table.ts';
import type { RenderContext } from '../render-context.ts';
import { textSize } from '../theme.ts';
import { CapacityGauge, DesignPicture } from './design-chart.ts';
import type { SectionInfo } from './section-info.ts';

const styles = StyleSheet.create({
  size: { fontWeight: 700 },
  name: { ...textSize(8.5, 1.4), fontWeight: 700 },
  reasons: { ...textSize(8.5, 1.4) },
});

/**
 * The segment table on an A4 page: the columns of `SEGMENT_COLUMNS` in five, each second value under
 * the first (the rule under the name, the units under the share, the channel under the calls), so
 * no cell is squeezed into a word a line.
 */
const SEGMENT_TABLE: readonly Column[] = [
  { title: 'Segment and rule', width: '26%' },
  { title: 'Share, units', width: '16%' },
  { title: 'Calls, channel', width: '13%' },
  { title: 'Owner', width: '15%' },
  { title: 'What they do', width: '30%' },
];

/** A cell of two values: the first in bold, the second under it in small print. */
const pair = (first: string, second: string) =>
  h(View, null, h(Text, { style: styles.name }, first), h(SmallPrint, null, second));

const CAPACITY_WIDTHS = ['15%', '27%', '31%', '27%'];

/** One layer: its size and purpose, the segment table, the count, the books and the reasons. */
function Layer({ ctx, layer }: { readonly ctx: RenderContext; readonly layer: DesignLayer }) {
  return h(
    View,
    null,
    h(SubHeading, { ctx }, layerHeading(layer)),
    h(Paragraph, null, h(Text, { style: styles.size }, `${layerSize(layer)}. `), layer.purpose),
    layer.segments.length === 0
      ? h(Paragraph, { muted: true }, 'The research finds the segments; none are sized yet.')
      : h(Table, {
          ctx,
          columns: SEGMENT_TABLE,
          rows: layer.segments.map((s) => {
            const [title = '', rule = '', share = '', units = '', calls = '', channel = '', owner = '', play = ''] =
              segmentRow(s, layer.unit);
            return [pair(title, rule), pair(share, units), pair(calls, channel), owner, play];
          }),
        }),
    h(Paragraph, null, layer.countReason),
    layer.books === null
      ? null
      : h(
          Paragraph,
          null,
          h(Text, { style: styles.size }, 'Books: '),
          `${booksText(layer.books)}.${layer.books.advice === null ? '' : ` ${layer.books.advice}`}`,
        ),
    layer.reasons.length === 0
      ? null
      : h(
          View,
          { style: styles.reasons },
          h(Label, null, 'Why this layer'),
          layer.reasons.map((r) => h(ReasonWithEvidence, { key: r.ruleId, reason: r, accent: ctx.theme.accent })),
        ),
  );
}

/** The capacity arithmetic per channel, the adjustments the design made in order, and the advice. */
function Capacity({ ctx }: { readonly ctx: RenderContext }) {
  const { design, answerSheet } = ctx.plan;
  const { capacity } = design;
  const base = design.layers.find((l) => l.kind === 'base');
  const reach = reachLine(capacity.reach, base?.unit ?? 'units');
  return h(
    View,
    null,
    h(SubHeading, { ctx }, 'Capacity'),
    h(Paragraph, null, `${capacityStatusText(capacity)}.${reach === null ? '' : ` ${reach}.`}`),
    capacity.channels.length === 0
      ? h(Paragraph, { muted: true }, 'No channel makes planned calls, so there is no capacity to check.')
      : h(Table, {
          ctx,
          columns: CAPACITY_COLUMNS.map((title, i) => ({ title, width: CAPACITY_WIDTHS[i] ?? '25%' })),
          rows: capacity.channels.map((c) => capacityRow(c, answerSheet)),
        }),
    h(Label, null, 'Adjustments made, in order'),
    capacity.adjustments.length === 0
      ? h(Paragraph, { muted: true }, "None: the method's design fitted as it was.")
      : h(NumberedList, { items: capacity.adjustments, compact: true }),
    capacity.advice.length === 0
      ? null
      : h(
          View,
          { style: { marginTop: 6 } },
          h(Label, null, 'Advice'),
          h(BulletList, { items: capacity.advice, compact: true }),
        ),
  );
}

/** The segment design: the layers at a glance with the capacity gauges, each layer's segments, the capacity arithmetic and the assumptions. */
export function Design({ ctx, section }: { readonly ctx: RenderContext; readonly section: SectionInfo }) {
  const { design, answerSheet } = ctx.plan;
  return h(
    NumberedSection,
    { ctx, section, lead: design.headline },
    h(SubHeading, { ctx }, 'At a glance'),
    h(DesignPicture, { layers: design.layers }),
    design.capacity.channels.map((c) =>
      h(CapacityGauge, { key: c.channel, capacity: c, answerSheet, accent: ctx.theme.accent }),
    ),
    design.layers.map((layer, i) => h(Layer, { key: `${layer.kind}-${i}`, ctx, layer })),
    h(Capacity, { ctx }),
    h(SubHeading, { ctx }, 'Assumptions'),
    design.assumptions.length === 0
      ? h(Paragraph, { muted: true }, 'None: the answers gave every figure the design needs.')
      : h(BulletList, { items: design.assumptions }),
  );
}
