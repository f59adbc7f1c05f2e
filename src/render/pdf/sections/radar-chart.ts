import { Circle, Line, Polygon, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { formatScore } from '../../../present/format.ts';
import { radarLayout, svgPoints } from '../../../present/radar.ts';
import type { DimensionScore } from '../../../schema/plan/index.ts';
import { INK, MUTED, RULE, textSize } from '../theme.ts';

const WIDTH = 483;
const HEIGHT = 250;
const RADIUS = 88;
const LABEL_GAP = 10;
const LABEL_WIDTH = 118;
const CY = HEIGHT / 2;

const styles = StyleSheet.create({
  chart: { width: WIDTH, height: HEIGHT, position: 'relative', marginVertical: 8 },
  svg: { position: 'absolute', left: 0, top: 0, width: WIDTH, height: HEIGHT },
  label: { position: 'absolute', width: LABEL_WIDTH },
  labelText: { ...textSize(7.5, 1.3), color: INK },
  score: { fontWeight: 700 },
  unscored: { color: MUTED },
});

const ALIGN = { centre: 'center', right: 'left', left: 'right' } as const;

/**
 * The readiness radar: one axis per dimension, rings at 25, 50, 75 and 100. Shapes are SVG;
 * the labels are ordinary text placed around it, so they use the document's fonts and can be
 * selected and searched. An unscored dimension is drawn at the centre and labelled as such.
 */
export function RadarChart({
  dimensions,
  accent,
}: {
  readonly dimensions: readonly Pick<DimensionScore, 'title' | 'score'>[];
  readonly accent: string;
}) {
  const layout = radarLayout(dimensions, [WIDTH / 2, CY], RADIUS, LABEL_GAP);
  return h(
    View,
    { style: styles.chart, wrap: false },
    h(
      Svg,
      { style: styles.svg, viewBox: `0 0 ${WIDTH} ${HEIGHT}` },
      layout.rings.map((r) =>
        h(Polygon, {
          key: `ring-${r.fraction}`,
          points: svgPoints(r.points),
          fill: 'none',
          stroke: RULE,
          strokeWidth: r.fraction === 1 ? 0.9 : 0.5,
        }),
      ),
      layout.axes.map((a, i) =>
        h(Line, {
          key: `axis-${i}`,
          x1: WIDTH / 2,
          y1: CY,
          x2: a.end[0],
          y2: a.end[1],
          stroke: RULE,
          strokeWidth: 0.5,
        }),
      ),
      h(Polygon, {
        points: svgPoints(layout.axes.map((a) => a.point)),
        fill: accent,
        fillOpacity: 0.22,
        stroke: accent,
        strokeWidth: 1.5,
      }),
      layout.axes.map((a, i) =>
        h(Circle, {
          key: `dot-${i}`,
          cx: a.point[0],
          cy: a.point[1],
          r: 2.4,
          fill: a.score === null ? '#ffffff' : accent,
          stroke: accent,
          strokeWidth: 1,
        }),
      ),
    ),
    layout.axes.map((a, i) => {
      const [x, y] = a.label;
      const left = a.side === 'centre' ? x - LABEL_WIDTH / 2 : a.side === 'right' ? x : x - LABEL_WIDTH;
      const top = y < CY - RADIUS ? y - 22 : y > CY + RADIUS - 4 ? y : y - 10;
      const textAlign = ALIGN[a.side];
      return h(
        View,
        { key: `label-${i}`, style: [styles.label, { left, top }] },
        h(Text, { style: [styles.labelText, { textAlign }] }, a.title),
        h(
          Text,
          { style: [styles.labelText, { textAlign }, a.score === null ? styles.unscored : styles.score] },
          a.score === null ? 'not scored' : formatScore(a.score),
        ),
      );
    }),
  );
}
