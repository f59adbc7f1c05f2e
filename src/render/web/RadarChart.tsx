import type { DimensionScore } from '../../schema/plan/index.ts';

const SIZE = 320;
const CENTRE = SIZE / 2;
const RADIUS = 110;

function point(index: number, count: number, fraction: number): [number, number] {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
  return [CENTRE + Math.cos(angle) * RADIUS * fraction, CENTRE + Math.sin(angle) * RADIUS * fraction];
}

/**
 * The readiness dimensions as a radar chart. It is an image with a text description; the table
 * beside it carries the same numbers for screen readers and print.
 */
export function RadarChart({ dimensions }: { dimensions: readonly DimensionScore[] }) {
  const count = dimensions.length;
  const rings = [0.25, 0.5, 0.75, 1];
  const shape = dimensions.map((d, i) => point(i, count, (d.score ?? 0) / 100).join(',')).join(' ');
  const description = dimensions
    .map((d) => `${d.title}: ${d.score === null ? 'unknown' : Math.round(d.score)}`)
    .join('; ');
  return (
    <svg
      className="radar"
      viewBox={`-150 -10 ${SIZE + 300} ${SIZE + 20}`}
      role="img"
      aria-labelledby="radar-title radar-desc"
    >
      <title id="radar-title">Readiness by dimension, 0 to 100</title>
      <desc id="radar-desc">{description}</desc>
      {rings.map((r) => (
        <polygon
          key={r}
          points={dimensions.map((_, i) => point(i, count, r).join(',')).join(' ')}
          className="radar-ring"
        />
      ))}
      {dimensions.map((d, i) => {
        const [x, y] = point(i, count, 1);
        return <line key={d.id} x1={CENTRE} y1={CENTRE} x2={x} y2={y} className="radar-axis" />;
      })}
      <polygon points={shape} className="radar-shape" />
      {dimensions.map((d, i) => {
        const [x, y] = point(i, count, 1.18);
        const anchor = Math.abs(x - CENTRE) < 5 ? 'middle' : x > CENTRE ? 'start' : 'end';
        return (
          <text key={d.id} x={x} y={y} textAnchor={anchor} dominantBaseline="middle" className="radar-label">
            {d.title} ({d.score === null ? '?' : Math.round(d.score)})
          </text>
        );
      })}
    </svg>
  );
}
