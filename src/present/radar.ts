/**
 * The readiness radar, in numbers: one axis per dimension from the top, clockwise, with rings at
 * 25, 50, 75 and 100. The web chart (SVG) and the PDF chart draw these points.
 */
import type { DimensionScore } from '../schema/plan/index.ts';

export type Point = readonly [x: number, y: number];

/** Where a label sits against its axis end: centred above or below, or to the left or right. */
export type LabelSide = 'centre' | 'left' | 'right';

export interface RadarAxis {
  readonly title: string;
  /** 0..100, or null when the dimension could not be scored. */
  readonly score: number | null;
  /** The axis end (score 100). */
  readonly end: Point;
  /** The score's point; the centre when unscored. */
  readonly point: Point;
  /** Where the label goes, `labelGap` beyond the axis end. */
  readonly label: Point;
  readonly side: LabelSide;
}

export interface RadarLayout {
  readonly centre: Point;
  readonly radius: number;
  /** The rings, each as its polygon's points. */
  readonly rings: readonly { readonly fraction: number; readonly points: readonly Point[] }[];
  readonly axes: readonly RadarAxis[];
}

export const RADAR_RINGS = [0.25, 0.5, 0.75, 1] as const;

/**
 * The radar for these dimensions around `centre`. With fewer than three dimensions the axes are
 * still spaced as for three, so the shape is never a line.
 */
export function radarLayout(
  dimensions: readonly Pick<DimensionScore, 'title' | 'score'>[],
  centre: Point,
  radius: number,
  labelGap: number,
): RadarLayout {
  const n = Math.max(dimensions.length, 3);
  const at = (i: number, r: number): Point => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [centre[0] + r * Math.cos(angle), centre[1] + r * Math.sin(angle)];
  };
  const axes = dimensions.map((d, i): RadarAxis => {
    const label = at(i, radius + labelGap);
    const side: LabelSide =
      Math.abs(label[0] - centre[0]) < radius * 0.05 ? 'centre' : label[0] > centre[0] ? 'right' : 'left';
    return {
      title: d.title,
      score: d.score,
      end: at(i, radius),
      point: at(i, (radius * (d.score ?? 0)) / 100),
      label,
      side,
    };
  });
  const rings = RADAR_RINGS.map((fraction) => ({
    fraction,
    points: dimensions.map((_, i) => at(i, radius * fraction)),
  }));
  return { centre, radius, rings, axes };
}

/** Points as an SVG `points` attribute: `x,y x,y …`, one decimal. */
export const svgPoints = (points: readonly Point[]): string =>
  points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
