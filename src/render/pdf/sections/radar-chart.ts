import { Circle, Line, Polygon, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { INK, MUTED, RULE, textSize } from '../theme.ts';

const WIDTH = 483;
const HEIGHT = 250;
const RADIUS = 88;
const LABEL_WIDTH = 118;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;

const styles = StyleSheet.create({
  chart: { width: WIDTH, height: HEIGHT, position: 'relative', marginVertical: 8 },
  svg: { position: 'absolute', left: 0, top: 0, width: WIDTH, height: HEIGHT },
  label: { position: 'absolute', width: LABEL_WIDTH },
  labelText: { ...textSize(7.5, 1.3), color: INK },
  score: { fontWeight: 700 },
  unscored: { color: MUTED },
});

export interface RadarAxis {
  readonly title: string;
  /** 0..100, or null when the dimension could not be scored. */
  readonly score: number | null;
}

const point = (i: number, n: number, r: number): [number, number] => {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [CX + r * Math.cos(angle), CY + r * Math.sin(angle)];
};
const points = (list: readonly [number, number][]): string =>
  list.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/**
 * The readiness radar: one axis per dimension, rings at 25, 50, 75 and 100. Shapes are SVG;
 * the labels are ordinary text placed around it, so they use the document's fonts and can be
 * selected and searched. An unscored dimension is drawn at the centre and labelled as such.
 */
export function RadarChart({ axes, accent }: { readonly axes: readonly RadarAxis[]; readonly accent: string }) {
  const n = Math.max(axes.length, 3);
  const ring = (fraction: number) => points(axes.map((_, i) => point(i, n, RADIUS * fraction)));
  const data = axes.map((a, i) => point(i, n, (RADIUS * (a.score ?? 0)) / 100));
  return h(
    View,
    { style: styles.chart, wrap: false },
    h(
      Svg,
      { style: styles.svg, viewBox: `0 0 ${WIDTH} ${HEIGHT}` },
      [0.25, 0.5, 0.75, 1].map((f) =>
        h(Polygon, { key: `ring-${f}`, points: ring(f), fill: 'none', stroke: RULE, strokeWidth: f === 1 ? 0.9 : 0.5 }),
      ),
      axes.map((_, i) => {
        const [x, y] = point(i, n, RADIUS);
        return h(Line, { key: `axis-${i}`, x1: CX, y1: CY, x2: x, y2: y, stroke: RULE, strokeWidth: 0.5 });
      }),
      h(Polygon, { points: points(data), fill: accent, fillOpacity: 0.22, stroke: accent, strokeWidth: 1.5 }),
      data.map(([x, y], i) =>
        h(Circle, {
          key: `dot-${i}`,
          cx: x,
          cy: y,
          r: 2.4,
          fill: axes[i]?.score === null ? '#ffffff' : accent,
          stroke: accent,
          strokeWidth: 1,
        }),
      ),
    ),
    axes.map((a, i) => {
      const [x, y] = point(i, n, RADIUS + 10);
      const side = Math.abs(x - CX) < 4 ? 'centre' : x > CX ? 'right' : 'left';
      const left = side === 'centre' ? x - LABEL_WIDTH / 2 : side === 'right' ? x : x - LABEL_WIDTH;
      const top = y < CY - RADIUS ? y - 22 : y > CY + RADIUS - 4 ? y : y - 10;
      return h(
        View,
        { key: `label-${i}`, style: [styles.label, { left, top }] },
        h(
          Text,
          {
            style: [
              styles.labelText,
              { textAlign: side === 'centre' ? 'center' : side === 'right' ? 'left' : 'right' },
            ],
          },
          a.title,
        ),
        h(
          Text,
          {
            style: [
              styles.labelText,
              { textAlign: side === 'centre' ? 'center' : side === 'right' ? 'left' : 'right' },
              a.score === null ? styles.unscored : styles.score,
            ],
          },
          a.score === null ? 'not scored' : `${Math.round(a.score)}`,
        ),
      );
    }),
  );
}
