import { useId } from 'react';
import { fitLabel, gaugeLayout, gridLayout, segmentColour, shareBar } from '../../present/design.ts';
import { gaugeCaption, layerName, segmentShort } from '../../present/design-text.ts';
import { formatPercent } from '../../present/format.ts';
import type { ChannelCapacity, DesignLayer } from '../../schema/plan/index.ts';

/**
 * The charts' widths in SVG units. Their labels are 11 units high: about 9.5 px on a 375 px phone and
 * no more than about 19 px where the chart is widest (see the CSS's max-widths).
 */
const WIDTH = 400;
const BAR_HEIGHT = 32;
const THIN_BAR = 22;
/** About how wide a character of the chart's bold labels is, to decide whether a name fits. */
const CHAR = 6.6;

/** The SVG's title and description, referenced by `aria-labelledby`. */
function Described({ id, title, description }: { id: string; title: string; description: string }) {
  return (
    <>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
    </>
  );
}

/** The segments of a layer, each with its colour, number, name, share and treatment. */
export function SegmentLegend({ layer, label }: { layer: DesignLayer; label?: string }) {
  return (
    <ol className="design-legend" aria-label={label}>
      {layer.segments.map((s, i) => (
        <li key={s.id}>
          <span className="swatch" style={{ background: segmentColour(i) }} aria-hidden="true">
            {i + 1}
          </span>
          {segmentShort(s)}
        </li>
      ))}
    </ol>
  );
}

/** A layer's shares as a stacked bar, each piece numbered as in the legend (named where it fits). */
function ShareBar({ layer, height }: { layer: DesignLayer; height: number }) {
  const id = useId();
  const pieces = shareBar(layer.segments, WIDTH);
  return (
    <svg
      className="design-bar"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <Described
        id={id}
        title={`${layerName(layer.kind)} by share of ${layer.unit}`}
        description={layer.segments.map(segmentShort).join('; ')}
      />
      {pieces.map((p) => {
        const segment = layer.segments[p.index];
        const label = fitLabel(
          [`${segment?.name ?? ''} ${formatPercent(p.share)}`, String(p.index + 1)],
          p.width - 8,
          CHAR,
        );
        return (
          <g key={p.segmentId}>
            <rect x={p.left} y={0} width={Math.max(0, p.width - 1)} height={height} fill={segmentColour(p.index)} />
            {label !== '' && (
              <text x={p.left + p.width / 2} y={height / 2} className="design-chart-label on-colour">
                {label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

const GRID = { x: 78, y: 34, width: 318, height: 150 } as const;

/** A two-axis base as its grid: rows by columns, each cell in its segment's colour, named once. */
function SegmentGrid({ layer }: { layer: DesignLayer }) {
  const id = useId();
  const grid = layer.grid;
  if (grid === null) return null;
  const { cells, rowCentres, columnCentres } = gridLayout(layer, GRID, 3);
  const description = grid.rows
    .map(
      (row, r) =>
        `${grid.rowLabel} ${row}: ${grid.columns.map((column, c) => `${column}, ${cells.find((x) => x.row === r && x.column === c)?.name ?? ''}`).join('; ')}`,
    )
    .join('. ');
  return (
    <svg
      className="design-grid"
      viewBox={`0 0 ${WIDTH} ${GRID.y + GRID.height + 4}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <Described
        id={id}
        title={`${grid.rowLabel} by ${grid.columnLabel}: the segment of each cell`}
        description={description}
      />
      <text x={GRID.x + GRID.width / 2} y={10} className="design-chart-axis">
        {grid.columnLabel} →
      </text>
      {grid.columns.map((c, i) => (
        <text key={c} x={columnCentres[i]} y={26} className="design-chart-label">
          {c}
        </text>
      ))}
      <text x={4} y={GRID.y - 8} className="design-chart-axis start">
        {grid.rowLabel} ↓
      </text>
      {grid.rows.map((r, i) => (
        <text key={r} x={GRID.x - 8} y={rowCentres[i]} className="design-chart-label end">
          {r}
        </text>
      ))}
      {cells.map((c) => {
        const label = c.labelled ? fitLabel([c.name, String(c.index + 1)], c.width - 10, CHAR) : '';
        return (
          <g key={`${c.row}-${c.column}`}>
            <rect x={c.x} y={c.y} width={c.width} height={c.height} rx={3} fill={segmentColour(c.index)} />
            {label !== '' && (
              <text x={c.x + c.width / 2} y={c.y + c.height / 2} className="design-chart-label on-colour">
                {label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The design at a glance: the base as a grid (two axes) or a stacked bar of shares, and each other
 * layer as a thinner bar below it. Each picture is an image with a text description; the legends and
 * the segment tables below carry the same numbers.
 */
export function DesignPicture({ layers }: { layers: readonly DesignLayer[] }) {
  return (
    <div className="design-picture">
      {layers.map((layer, i) => (
        <figure key={`${layer.kind}-${i}`} className={layer.kind === 'base' ? 'design-layer base' : 'design-layer'}>
          <figcaption>
            {layerName(layer.kind)}
            <span className="muted"> · {layer.methodTitle}</span>
          </figcaption>
          {layer.segments.length === 0 ? (
            <p className="muted">The research finds these segments; none are sized yet.</p>
          ) : (
            <>
              {layer.kind === 'base' && layer.grid !== null ? (
                <SegmentGrid layer={layer} />
              ) : (
                <ShareBar layer={layer} height={layer.kind === 'base' ? BAR_HEIGHT : THIN_BAR} />
              )}
              <SegmentLegend layer={layer} />
            </>
          )}
        </figure>
      ))}
    </div>
  );
}

const GAUGE_TRACK = 368;
const GAUGE_LEFT = 16;

/** One calling channel's utilisation on a 0 to 150% track, the 70 to 100% band marked. */
export function CapacityGauge({ capacity }: { capacity: ChannelCapacity }) {
  const id = useId();
  const g = gaugeLayout(capacity, GAUGE_TRACK);
  const caption = gaugeCaption(capacity);
  return (
    <figure className={`gauge gauge-${g.status}`}>
      <figcaption>{caption}</figcaption>
      <svg
        className="gauge-chart"
        viewBox={`0 0 ${GAUGE_TRACK + 2 * GAUGE_LEFT} 48`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <Described
          id={id}
          title={caption}
          description={`The band from 70% to 100% of capacity is shaded; the bar shows ${capacity.utilisation === null ? 'nothing, as the figures are missing' : formatPercent(capacity.utilisation)}${g.beyond ? ', beyond the end of the scale' : ''}.`}
        />
        <rect x={GAUGE_LEFT} y={6} width={GAUGE_TRACK} height={18} className="gauge-track" />
        <rect x={GAUGE_LEFT + g.band.left} y={2} width={g.band.width} height={26} className="gauge-band" />
        {g.fill > 0 && <rect x={GAUGE_LEFT} y={10} width={g.fill} height={10} className="gauge-fill" />}
        {g.beyond && (
          <text x={GAUGE_LEFT + GAUGE_TRACK - 4} y={19} className="design-chart-label end on-colour">
            ▶
          </text>
        )}
        {g.marks.map((m) => (
          <g key={m.value}>
            <line x1={GAUGE_LEFT + m.left} x2={GAUGE_LEFT + m.left} y1={2} y2={32} className="gauge-mark" />
            <text x={GAUGE_LEFT + m.left} y={44} className="design-chart-label">
              {m.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
