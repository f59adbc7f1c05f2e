import { useId } from 'react';
import { formatScore } from '../../present/format.ts';
import { type RadarAxis, radarLayout, svgPoints } from '../../present/radar.ts';
import type { DimensionScore } from '../../schema/plan/index.ts';

const SIZE = 320;
const CENTRE = SIZE / 2;
const RADIUS = 110;
const LABEL_GAP = 20;
/** The phone chart's margin around the radar, in SVG units: room for a number at each axis end. */
const NARROW_MARGIN = 30;

const ANCHOR = { centre: 'middle', left: 'end', right: 'start' } as const;

/** A text at the end of each axis: the dimension and its score, or its number in the table. */
function AxisLabels({
  axes,
  className,
  text,
}: {
  axes: readonly RadarAxis[];
  className: string;
  text: (axis: RadarAxis, index: number) => string;
}) {
  return axes.map((a, i) => (
    <text
      key={a.title}
      x={a.label[0]}
      y={a.label[1]}
      textAnchor={ANCHOR[a.side]}
      dominantBaseline="middle"
      className={className}
    >
      {text(a, i)}
    </text>
  ));
}

/**
 * The readiness dimensions as a radar chart. It is an image with a text description; the table
 * beside it carries the same numbers for screen readers and print.
 *
 * Two drawings, one shown by the stylesheet: on a wide screen each axis is labelled with its
 * dimension and score; on a phone the named labels would shrink to 5 px, so each axis carries its
 * number in the table instead, drawn large (about 14 px on a 390 px phone).
 */
export function RadarChart({ dimensions }: { dimensions: readonly DimensionScore[] }) {
  const id = useId();
  const layout = radarLayout(dimensions, [CENTRE, CENTRE], RADIUS, LABEL_GAP);
  const narrow = radarLayout(dimensions, [CENTRE, CENTRE], RADIUS, 12);
  const description = dimensions.map((d) => `${d.title}: ${formatScore(d.score)}`).join('; ');
  const web = (
    <>
      {layout.rings.map((r) => (
        <polygon key={r.fraction} points={svgPoints(r.points)} className="radar-ring" />
      ))}
      {layout.axes.map((a) => (
        <line key={a.title} x1={CENTRE} y1={CENTRE} x2={a.end[0]} y2={a.end[1]} className="radar-axis" />
      ))}
      <polygon points={svgPoints(layout.axes.map((a) => a.point))} className="radar-shape" />
    </>
  );
  return (
    <div className="radar-box">
      <svg
        className="radar radar-wide"
        viewBox={`-150 -10 ${SIZE + 300} ${SIZE + 20}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>Readiness by dimension, 0 to 100</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {web}
        <AxisLabels
          axes={layout.axes}
          className="radar-label"
          text={(a) => `${a.title} (${a.score === null ? '?' : formatScore(a.score)})`}
        />
      </svg>
      <svg
        className="radar radar-narrow"
        viewBox={`${-NARROW_MARGIN} ${-NARROW_MARGIN} ${SIZE + 2 * NARROW_MARGIN} ${SIZE + 2 * NARROW_MARGIN}`}
        role="img"
        aria-labelledby={`${id}-ntitle ${id}-desc`}
      >
        <title id={`${id}-ntitle`}>Readiness by dimension, 0 to 100, numbered as in the table</title>
        {web}
        <AxisLabels axes={narrow.axes} className="radar-number" text={(_, i) => String(i + 1)} />
      </svg>
    </div>
  );
}
