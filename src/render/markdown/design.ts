import type { DesignLayer, Plan } from '../../schema/plan/index.ts';
import {
  booksText,
  gaugeCaption,
  capacityStatusText,
  demandLine,
  layerHeading,
  layerSize,
  missingLine,
  reachLine,
  supplyLine,
  utilisationLine,
  segmentRow,
  SEGMENT_COLUMNS,
} from '../../present/design-text.ts';
import { bullets, inline, table } from './escape.ts';
import { reasonLine } from './reasons.ts';

/** A two-axis base as a table: rows by columns, each cell naming its segment. */
function gridTable(layer: DesignLayer): string[] {
  const { grid } = layer;
  if (grid === null) return [];
  const name = (id: string): string => layer.segments.find((s) => s.id === id)?.name ?? id;
  return [
    table(
      [`${grid.rowLabel} / ${grid.columnLabel}`, ...grid.columns],
      grid.rows.map((row, r) => [row, ...grid.columns.map((_, c) => name(grid.cells[r]?.[c] ?? ''))]),
    ),
  ];
}

function layerPart(layer: DesignLayer): string {
  const rows = layer.segments.map((s) => segmentRow(s, layer.unit));
  const books =
    layer.books === null
      ? []
      : [
          `Books: ${inline(booksText(layer.books))}.${layer.books.advice === null ? '' : ` ${inline(layer.books.advice)}`}`,
        ];
  return [
    `### ${inline(layerHeading(layer))}`,
    `${inline(layerSize(layer))}. ${inline(layer.purpose)}`,
    ...gridTable(layer),
    rows.length === 0 ? '_The research finds the segments._' : table(SEGMENT_COLUMNS, rows),
    inline(layer.countReason),
    ...books,
    `Why this layer:\n${bullets(layer.reasons.map((r) => reasonLine(r)))}`,
  ].join('\n\n');
}

function capacityPart(plan: Plan): string {
  const { capacity } = plan.design;
  const base = plan.design.layers.find((l) => l.kind === 'base');
  const channels = capacity.channels.map((c) => {
    const supply = supplyLine(c);
    const demand = demandLine(c);
    const lines = [
      ...(supply === null ? [] : [`Supply: ${supply}`]),
      ...(demand === null ? [] : [`Demand: ${demand}`]),
      `Utilisation: ${utilisationLine(c)}`,
      ...(c.missing.length === 0 ? [] : [missingLine(c, plan.answerSheet)]),
    ];
    return `#### ${inline(gaugeCaption(c))}\n\n${bullets(lines.map(inline))}`;
  });
  const reach = reachLine(capacity.reach, base?.unit ?? 'units');
  return [
    '### Capacity',
    `${capacityStatusText(capacity)}.${reach === null ? '' : ` ${inline(reach)}.`}`,
    ...(channels.length > 0 ? channels : ['No channel makes planned calls, so there is no capacity to check.']),
    `Adjustments made, in order:\n${capacity.adjustments.length === 0 ? '_None._' : capacity.adjustments.map((a, i) => `${i + 1}. ${inline(a)}`).join('\n')}`,
    `Advice:\n${bullets(capacity.advice.map(inline))}`,
  ].join('\n\n');
}

/** The segment design: each layer with its segments and reasons, the capacity arithmetic and the assumptions. */
export function designPart(plan: Plan): string {
  const { design } = plan;
  return [
    '## Segment design',
    inline(design.headline),
    ...design.layers.map(layerPart),
    capacityPart(plan),
    `### Assumptions\n\n${bullets(design.assumptions.map(inline))}`,
  ].join('\n\n');
}
