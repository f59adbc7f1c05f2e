import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { fitLabel, gaugeLayout, gridLayout, segmentColour, shareBar } from '../../../present/design.ts';
import { gaugeCaption, layerName, missingLine, segmentShort } from '../../../present/design-text.ts';
import type { AnswerSheetEntry, ChannelCapacity, DesignLayer } from '../../../schema/plan/index.ts';
import { INK, MUTED, PAPER_TINT, RISK_COLOURS, RULE, textSize } from '../theme.ts';

const WIDTH = 483;
/** About how wide a character of the 7.5 pt bold labels is, to decide whether a name fits its piece. */
const CHAR = 4.4;
const GRID_LABEL = 70;
const GRID = { x: GRID_LABEL, y: 24, width: 300, height: 96 } as const;
const GAUGE_TRACK = 300;

const styles = StyleSheet.create({
  layer: { marginBottom: 10 },
  layerTitle: { ...textSize(8.5, 1.3), fontWeight: 700, marginBottom: 3 },
  method: { fontWeight: 400, color: MUTED },
  bar: { width: WIDTH, position: 'relative' },
  piece: { position: 'absolute', top: 0, bottom: 0, justifyContent: 'center' },
  onColour: { ...textSize(7.5, 1.2), fontWeight: 700, color: '#ffffff', textAlign: 'center' },
  legend: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 4 },
  legendItem: { flexDirection: 'row', alignItems: 'center', marginRight: 12, marginBottom: 2 },
  swatch: { width: 11, paddingTop: 1, marginRight: 4, borderRadius: 2 },
  legendText: { ...textSize(8, 1.3), color: INK },
  grid: { width: WIDTH, height: GRID.y + GRID.height, position: 'relative' },
  cell: { position: 'absolute', justifyContent: 'center', borderRadius: 2 },
  axis: { position: 'absolute', ...textSize(7.5, 1.2), fontWeight: 700, color: MUTED },
  tick: { position: 'absolute', ...textSize(7.5, 1.2), color: INK },
  research: { ...textSize(8.5, 1.4), color: MUTED },
  gauge: { marginBottom: 8 },
  gaugeCaption: { ...textSize(8.5, 1.3), fontWeight: 700, marginBottom: 3 },
  track: { width: GAUGE_TRACK, height: 12, backgroundColor: PAPER_TINT, borderWidth: 0.5, borderColor: RULE },
  band: { position: 'absolute', top: -3, height: 18, backgroundColor: '#dfe8d8' },
  fill: { position: 'absolute', top: 3, height: 6 },
  mark: { position: 'absolute', top: -3, width: 0.75, height: 18, backgroundColor: MUTED },
  markLabel: { position: 'absolute', top: 16, width: 30, ...textSize(7, 1.2), color: MUTED, textAlign: 'center' },
  missing: { ...textSize(8.5, 1.4), color: RISK_COLOURS['medium'] ?? '#b06000' },
});

/** The fill of a gauge: the accent within the band, amber under it, red over it. */
function fillColour(status: string, accent: string): string {
  if (status === 'over') return RISK_COLOURS['high'] ?? accent;
  if (status === 'under') return RISK_COLOURS['medium'] ?? accent;
  return accent;
}

/** The segments of a layer, each with its numbered colour, name, share and treatment. */
function Legend({ layer }: { readonly layer: DesignLayer }) {
  return h(
    View,
    { style: styles.legend },
    layer.segments.map((s, i) =>
      h(
        View,
        { key: s.id, style: styles.legendItem },
        h(Text, { style: [styles.onColour, styles.swatch, { backgroundColor: segmentColour(i) }] }, String(i + 1)),
        h(Text, { style: styles.legendText }, segmentShort(s)),
      ),
    ),
  );
}

/** A layer's shares as a bar of coloured pieces, each named where it fits and numbered where it does not. */
function ShareBar({ layer, height }: { readonly layer: DesignLayer; readonly height: number }) {
  return h(
    View,
    { style: [styles.bar, { height }] },
    shareBar(layer.segments, WIDTH).map((p) => {
      const label = fitLabel(
        [`${layer.segments[p.index]?.name ?? ''} ${Math.round(p.share * 100)}%`, String(p.index + 1)],
        p.width - 6,
        CHAR,
      );
      return h(
        View,
        {
          key: p.segmentId,
          style: [
            styles.piece,
            { left: p.left, width: Math.max(0, p.width - 1), backgroundColor: segmentColour(p.index) },
          ],
        },
        label === '' ? null : h(Text, { style: styles.onColour }, label),
      );
    }),
  );
}

/** A two-axis base as its grid: the column values across the top, the row values down the side. */
function SegmentGrid({ layer }: { readonly layer: DesignLayer }) {
  const grid = layer.grid;
  if (grid === null) return null;
  const { cells, rowCentres, columnCentres } = gridLayout(layer, GRID, 2);
  const columnWidth = cells[0]?.width ?? 60;
  return h(
    View,
    { style: styles.grid },
    h(Text, { style: [styles.axis, { left: 0, top: 0, width: GRID_LABEL - 6 }] }, grid.rowLabel),
    h(
      Text,
      { style: [styles.axis, { left: GRID.x, top: 0, width: GRID.width, textAlign: 'center' }] },
      grid.columnLabel,
    ),
    grid.columns.map((c, i) =>
      h(
        Text,
        {
          key: `c-${c}`,
          style: [
            styles.tick,
            { left: (columnCentres[i] ?? 0) - columnWidth / 2, top: 11, width: columnWidth, textAlign: 'center' },
          ],
        },
        c,
      ),
    ),
    grid.rows.map((r, i) =>
      h(
        Text,
        {
          key: `r-${r}`,
          style: [styles.tick, { left: 0, top: (rowCentres[i] ?? 0) - 5, width: GRID_LABEL - 6, textAlign: 'right' }],
        },
        r,
      ),
    ),
    cells.map((c) => {
      const label = c.labelled ? fitLabel([c.name, String(c.index + 1)], c.width - 6, CHAR) : '';
      return h(
        View,
        {
          key: `${c.row}-${c.column}`,
          style: [
            styles.cell,
            { left: c.x, top: c.y, width: c.width, height: c.height, backgroundColor: segmentColour(c.index) },
          ],
        },
        label === '' ? null : h(Text, { style: styles.onColour }, label),
      );
    }),
  );
}

/**
 * The design at a glance: the base as a grid (two axes) or a bar of shares, and each other layer as a
 * thinner bar, each with a legend giving every segment's share and treatment. Built from boxes, so every
 * label is real, searchable text in the document's font.
 */
export function DesignPicture({ layers }: { readonly layers: readonly DesignLayer[] }) {
  return layers.map((layer, i) =>
    h(
      View,
      { key: `${layer.kind}-${i}`, style: styles.layer, wrap: false },
      h(
        Text,
        { style: styles.layerTitle },
        layerName(layer.kind),
        h(Text, { style: styles.method }, ` · ${layer.methodTitle}`),
      ),
      layer.segments.length === 0
        ? h(Text, { style: styles.research }, 'The research finds these segments; none are sized yet.')
        : [
            layer.kind === 'base' && layer.grid !== null
              ? h(SegmentGrid, { key: 'chart', layer })
              : h(ShareBar, { key: 'chart', layer, height: layer.kind === 'base' ? 24 : 14 }),
            h(Legend, { key: 'legend', layer }),
          ],
    ),
  );
}

/** A calling channel's utilisation on a 0 to 150% track with the 70 to 100% band, or the answers it waits for. */
export function CapacityGauge({
  capacity,
  answerSheet,
  accent,
}: {
  readonly capacity: ChannelCapacity;
  readonly answerSheet: readonly Pick<AnswerSheetEntry, 'questionId' | 'topic'>[];
  readonly accent: string;
}) {
  if (capacity.utilisation === null && capacity.missing.length > 0)
    return h(
      View,
      { style: styles.gauge, wrap: false },
      h(Text, { style: styles.gaugeCaption }, gaugeCaption(capacity)),
      h(Text, { style: styles.missing }, missingLine(capacity, answerSheet)),
    );
  const g = gaugeLayout(capacity, GAUGE_TRACK);
  return h(
    View,
    { style: [styles.gauge, { paddingBottom: 12 }], wrap: false },
    h(Text, { style: styles.gaugeCaption }, gaugeCaption(capacity)),
    h(
      View,
      { style: styles.track },
      h(View, { style: [styles.band, { left: g.band.left, width: g.band.width }] }),
      g.fill > 0
        ? h(View, {
            style: [styles.fill, { left: 0, width: g.fill, backgroundColor: fillColour(g.status, accent) }],
          })
        : null,
      g.marks.map((m) => h(View, { key: `m-${m.value}`, style: [styles.mark, { left: m.left }] })),
      g.marks.map((m) => h(Text, { key: `l-${m.value}`, style: [styles.markLabel, { left: m.left - 15 }] }, m.label)),
    ),
  );
}
