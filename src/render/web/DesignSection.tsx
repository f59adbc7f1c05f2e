import {
  booksText,
  capacityStatusText,
  channelTeam,
  layerHeading,
  layerSize,
  missingTopics,
  reachLine,
  segmentRow,
  SEGMENT_COLUMNS,
  CAPACITY_COLUMNS,
  capacityRow,
} from '../../present/design-text.ts';
import { editHref } from '../../present/links.ts';
import type { ReactNode } from 'react';
import type { AnswerSheetEntry, Design, DesignLayer } from '../../schema/plan/index.ts';
import { CapacityGauge, DesignPicture } from './DesignChart.tsx';
import { ReasonItem } from './EvidenceList.tsx';

/** A wide table in a box that scrolls sideways on a narrow screen, and says so. */
function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <p className="scroll-hint" aria-hidden="true">
        Scroll sideways to see every column.
      </p>
      {children}
    </div>
  );
}

/** One layer: its size and purpose, its segments with their treatments, the count, the books and why it is there. */
function LayerBlock({ layer, index }: { layer: DesignLayer; index: number }) {
  const heading = layerHeading(layer);
  return (
    <div className="design-layer-detail">
      <h3 id={`design-layer-${index}`}>{heading}</h3>
      <p>
        <strong>{layerSize(layer)}.</strong> {layer.purpose}
      </p>
      {layer.segments.length === 0 ? (
        <p className="muted">The research finds the segments; none are sized yet.</p>
      ) : (
        <ScrollTable label={`Segments: ${heading}`}>
          <table className="data-table design-table">
            <caption>Segments and what each gets</caption>
            <thead>
              <tr>
                {SEGMENT_COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {layer.segments.map((s) => {
                const [title, ...cells] = segmentRow(s, layer.unit);
                return (
                  <tr key={s.id}>
                    <th scope="row">{title}</th>
                    {cells.map((c, i) => (
                      <td key={SEGMENT_COLUMNS[i + 1]} data-label={SEGMENT_COLUMNS[i + 1]}>
                        {c}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <p>{layer.countReason}</p>
      {layer.books !== null && (
        <p>
          <strong>Books:</strong> {booksText(layer.books)}.{layer.books.advice !== null && ` ${layer.books.advice}`}
        </p>
      )}
      {layer.reasons.length > 0 && (
        <details>
          <summary>Why this layer</summary>
          <ul>
            {layer.reasons.map((r) => (
              <ReasonItem key={r.ruleId} reason={r} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** A gauge per calling channel, or which answers the check is waiting for. */
function CapacityGauges({ design, answerSheet }: { design: Design; answerSheet: readonly AnswerSheetEntry[] }) {
  const { channels } = design.capacity;
  if (channels.length === 0) return null;
  return (
    <div className="gauges">
      {channels.map((c) =>
        c.missing.length > 0 && c.utilisation === null ? (
          <p key={c.channel} className="gauge-missing">
            <strong>{channelTeam(c.channel)}: capacity not checked.</strong> Answer{' '}
            {missingTopics(c.missing, answerSheet).map((topic, i) => (
              <span key={c.missing[i]}>
                {i > 0 && (i === c.missing.length - 1 ? ' and ' : ', ')}
                <a href={editHref(c.missing[i] ?? '')}>{topic}</a>
              </span>
            ))}
            .
          </p>
        ) : (
          <CapacityGauge key={c.channel} capacity={c} />
        ),
      )}
    </div>
  );
}

/** The capacity arithmetic: supply, demand and utilisation per channel, the adjustments made and the advice. */
function CapacityBlock({ design, answerSheet }: { design: Design; answerSheet: readonly AnswerSheetEntry[] }) {
  const { capacity } = design;
  const base = design.layers.find((l) => l.kind === 'base');
  const reach = reachLine(capacity.reach, base?.unit ?? 'units');
  return (
    <>
      <h3>Capacity</h3>
      <p>
        {capacityStatusText(capacity)}.{reach !== null && ` ${reach}.`}
      </p>
      {capacity.channels.length === 0 ? (
        <p>No channel makes planned calls, so there is no capacity to check.</p>
      ) : (
        <table className="data-table">
          <caption>Capacity by channel, in calls a year</caption>
          <thead>
            <tr>
              {CAPACITY_COLUMNS.map((title) => (
                <th key={title} scope="col">
                  {title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {capacity.channels.map((c) => {
              const [team, ...cells] = capacityRow(c, answerSheet);
              return (
                <tr key={c.channel}>
                  <th scope="row">{team}</th>
                  {cells.map((cell, i) => (
                    <td key={CAPACITY_COLUMNS[i + 1]} data-label={CAPACITY_COLUMNS[i + 1]}>
                      {cell}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h4>Adjustments made, in order</h4>
      {capacity.adjustments.length === 0 ? (
        <p>None: the method&apos;s design fitted as it was.</p>
      ) : (
        <ol>
          {capacity.adjustments.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ol>
      )}
      {capacity.advice.length > 0 && (
        <>
          <h4>Advice</h4>
          <ul>
            {capacity.advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The segment design: the layers at a glance, the capacity gauges, each layer's segments, the arithmetic and the assumptions. */
export function DesignSection({ design, answerSheet }: { design: Design; answerSheet: readonly AnswerSheetEntry[] }) {
  return (
    <section aria-labelledby="design-heading" className="result-section">
      <h2 id="design-heading">Segment design</h2>
      <p className="design-headline">{design.headline}</p>
      <DesignPicture layers={design.layers} />
      <CapacityGauges design={design} answerSheet={answerSheet} />
      {design.layers.map((layer, i) => (
        <LayerBlock key={`${layer.kind}-${i}`} layer={layer} index={i} />
      ))}
      <CapacityBlock design={design} answerSheet={answerSheet} />
      <h3>Assumptions</h3>
      {design.assumptions.length === 0 ? (
        <p>None: the answers gave every figure the design needs.</p>
      ) : (
        <ul>
          {design.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
