/**
 * The segment design as pictures, in numbers: the stacked bar of a layer's shares, the grid of a
 * two-axis base, and the capacity gauge of a calling channel. The web charts (SVG) and the PDF
 * charts (boxes) draw these.
 */
import type { ChannelCapacity, DesignLayer, DesignSegment } from '../schema/plan/index.ts';

/**
 * The colours segments are drawn in, highest effort first. Each keeps white text at 4.5:1 or more,
 * so a label can sit on it.
 */
export const SEGMENT_COLOURS = [
  '#1f5f7a',
  '#8a4b00',
  '#2f5d2f',
  '#6b3d7a',
  '#9b1c1c',
  '#3d4f7a',
  '#5a6672',
  '#705a00',
] as const;

/** The colour of a layer's segment `index` (from 0); the palette repeats after eight segments. */
export const segmentColour = (index: number): string =>
  SEGMENT_COLOURS[((index % SEGMENT_COLOURS.length) + SEGMENT_COLOURS.length) % SEGMENT_COLOURS.length] ??
  SEGMENT_COLOURS[0];

/** One segment's piece of a stacked bar. */
export interface BarPiece {
  readonly segmentId: string;
  /** The segment's place in its layer, from 0: its colour. */
  readonly index: number;
  readonly share: number;
  readonly left: number;
  readonly width: number;
  /** Whether a label of `minLabelWidth` fits inside the piece. */
  readonly labelFits: boolean;
}

/**
 * A layer's segments as a bar `width` units wide, each piece as wide as its share, in the layer's
 * order. Shares are scaled to fill the bar when they do not add up to exactly 1; a layer without
 * shares (nothing sized yet) gives equal pieces. Pieces touch: the next starts where one ends.
 */
export function shareBar(
  segments: readonly Pick<DesignSegment, 'id' | 'share'>[],
  width: number,
  minLabelWidth = 40,
): BarPiece[] {
  const total = segments.reduce((sum, s) => sum + Math.max(0, s.share), 0);
  let left = 0;
  return segments.map((s, index) => {
    const fraction = total > 0 ? Math.max(0, s.share) / total : 1 / segments.length;
    const piece = { segmentId: s.id, index, share: s.share, left, width: fraction * width };
    left += piece.width;
    return { ...piece, labelFits: piece.width >= minLabelWidth };
  });
}

/** One cell of a two-axis grid. */
export interface GridCell {
  readonly row: number;
  readonly column: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly segmentId: string;
  /** The segment's place in the layer, from 0 (its colour); -1 when the id names no segment. */
  readonly index: number;
  /** The segment's name, or the id when it names no segment. */
  readonly name: string;
  /** True for the first cell (reading row by row) of each segment: only it carries the name. */
  readonly labelled: boolean;
}

export interface GridLayout {
  readonly cells: readonly GridCell[];
  /** The vertical centre of each row, for its label. */
  readonly rowCentres: readonly number[];
  /** The horizontal centre of each column, for its label. */
  readonly columnCentres: readonly number[];
}

/**
 * The base layer's grid as cells filling a `width` × `height` box at (`x`, `y`): rows top to bottom
 * (the highest value first, as the plan lists them), columns left to right, `gap` between cells.
 */
export function gridLayout(
  layer: Pick<DesignLayer, 'grid' | 'segments'>,
  box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
  gap = 2,
): GridLayout {
  const grid = layer.grid;
  if (grid === null || grid.rows.length === 0 || grid.columns.length === 0)
    return { cells: [], rowCentres: [], columnCentres: [] };
  const rows = grid.rows.length;
  const columns = grid.columns.length;
  const cellWidth = (box.width - gap * (columns - 1)) / columns;
  const cellHeight = (box.height - gap * (rows - 1)) / rows;
  const seen = new Set<string>();
  const cells: GridCell[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const segmentId = grid.cells[row]?.[column] ?? '';
      const index = layer.segments.findIndex((s) => s.id === segmentId);
      cells.push({
        row,
        column,
        x: box.x + column * (cellWidth + gap),
        y: box.y + row * (cellHeight + gap),
        width: cellWidth,
        height: cellHeight,
        segmentId,
        index,
        name: layer.segments[index]?.name ?? segmentId,
        labelled: !seen.has(segmentId),
      });
      seen.add(segmentId);
    }
  }
  return {
    cells,
    rowCentres: grid.rows.map((_, r) => box.y + r * (cellHeight + gap) + cellHeight / 2),
    columnCentres: grid.columns.map((_, c) => box.x + c * (cellWidth + gap) + cellWidth / 2),
  };
}

/**
 * The band a calling channel should use of its capacity, as the plan schema states it: 70 to 100%.
 * The plan does not carry the band, so the renderers use this one.
 */
export const UTILISATION_BAND = { low: 0.7, high: 1 } as const;

/** The utilisation the gauge shows in full: 150%. More is drawn to the end and marked as beyond it. */
export const GAUGE_MAX = 1.5;

/** A channel's utilisation against the band: within, over, under, or unknown when it cannot be worked out. */
export type BandStatus = 'within' | 'over' | 'under' | 'unknown';

export function bandStatus(utilisation: number | null): BandStatus {
  if (utilisation === null) return 'unknown';
  if (utilisation > UTILISATION_BAND.high) return 'over';
  if (utilisation < UTILISATION_BAND.low) return 'under';
  return 'within';
}

export interface GaugeLayout {
  readonly status: BandStatus;
  /** The filled part, from 0; 0 when the utilisation is unknown. */
  readonly fill: number;
  /** True when the utilisation is more than the gauge shows (over 150%). */
  readonly beyond: boolean;
  /** The band, 70 to 100%, on the track. */
  readonly band: { readonly left: number; readonly width: number };
  /** Marks with their labels: 0%, the band's ends and the scale's end. */
  readonly marks: readonly { readonly value: number; readonly left: number; readonly label: string }[];
}

/** A channel's capacity gauge on a track `track` units wide, from 0 to 150% of capacity. */
export function gaugeLayout(capacity: Pick<ChannelCapacity, 'utilisation'>, track: number): GaugeLayout {
  const at = (value: number): number => (Math.min(value, GAUGE_MAX) / GAUGE_MAX) * track;
  const u = capacity.utilisation;
  const bandLeft = at(UTILISATION_BAND.low);
  return {
    status: bandStatus(u),
    fill: u === null ? 0 : at(Math.max(0, u)),
    beyond: u !== null && u > GAUGE_MAX,
    band: { left: bandLeft, width: at(UTILISATION_BAND.high) - bandLeft },
    marks: [0, UTILISATION_BAND.low, UTILISATION_BAND.high, GAUGE_MAX].map((value) => ({
      value,
      left: at(value),
      label: `${Math.round(value * 100)}%`,
    })),
  };
}

/**
 * The longest of the labels that fits `room` at about `charWidth` a character, or '' when none does:
 * a piece or cell shows the segment's name where there is room and its number where there is not.
 */
export function fitLabel(labels: readonly string[], room: number, charWidth: number): string {
  return labels.find((l) => l.length * charWidth <= room) ?? '';
}
