import { formatScore } from '../../present/format.ts';
import { radarLayout, svgPoints } from '../../present/radar.ts';
import type { DimensionScore } from '../../schema/plan/index.ts';

const SIZE = 320;
const CENTRE = SIZE / 2;
const RADIUS = 110;
const LABEL_GAP = 20;

const ANCHOR = { centre: 'middle', left: 'end', right: 'start' } as const;

/**
 * The readiness dimensions as a radar chart. It is an image with a text description; the table
 * beside it carries the same numbers for screen readers and print.
 */
export function RadarChart({ dimensions }: { dimensions: readonly DimensionScore[] }) {
  const layout = radarLayout(dimensions, [CENTRE, CENTRE], RADIUS, LABEL_GAP);
  const description = dimensions.map((d) => `${d.title}: ${formatScore(d.score)}`).join('; ');
  return (
    <svg
      className="radar"
      viewBox={`-150 -10 ${SIZE + 300} ${SIZE + 20}`}
      role="img"
      aria-labelledby="radar-title radar-desc"
    >
      <title id="radar-title">Readiness by dimension, 0 to 100</title>
      <desc id="radar-desc">{description}</desc>
      {layout.rings.map((r) => (
        <polygon key={r.fraction} points={svgPoints(r.points)} className="radar-ring" />
      ))}
      {layout.axes.map((a) => (
        <line key={a.title} x1={CENTRE} y1={CENTRE} x2={a.end[0]} y2={a.end[1]} className="radar-axis" />
      ))}
      <polygon points={svgPoints(layout.axes.map((a) => a.point))} className="radar-shape" />
      {layout.axes.map((a) => (
        <text
          key={a.title}
          x={a.label[0]}
          y={a.label[1]}
          textAnchor={ANCHOR[a.side]}
          dominantBaseline="middle"
          className="radar-label"
        >
          {a.title} ({a.score === null ? '?' : formatScore(a.score)})
        </text>
      ))}
    </svg>
  );
}
