import type { Design, SegmentCount, SegmentWarning } from '../schema/plan/index.ts';
import { formatNumber } from './answer-labels.ts';
import type { PlanContext } from './evidence.ts';
import { factLookup, resolveFacts } from './facts.ts';
import { PLANNED_SEGMENTS_QUESTION } from './prepare.ts';

/** More segments than this cannot be remembered; use sub-segments instead (DOMAIN.md section C). */
const MEMORY_LIMIT = 12;

const n = formatNumber;

/** The limits the answers put on the number of base segments, before the design is built. */
export interface SegmentLimits {
  /** The most base segments the answers support; the design merges its segments down to it. */
  readonly ceiling: number;
  /** Whether any answer set a limit (beyond the memory limit). */
  readonly limited: boolean;
  /** Why the ceiling is what it is, as a clause: "you can fund 3 distinct treatments". */
  readonly binding: string;
  /** The most segments with field visits that territories can hold (enough accounts per rep in each); null when unknown. */
  readonly fieldCeiling: number | null;
  /** Why the field ceiling is what it is, as a clause. */
  readonly fieldBinding: string;
  readonly facts: SegmentCount['facts'];
  readonly reasoning: string[];
  readonly warnings: SegmentWarning[];
}

/**
 * The limits on the number of base segments: the treatments the company can fund, the segment plays
 * reps can carry, the smallest segment share, and enough accounts per rep in each segment, with
 * warnings where they conflict (DOMAIN.md section C).
 */
export function segmentLimits(context: PlanContext): SegmentLimits {
  const facts = resolveFacts(context);
  const f = factLookup(facts);
  const reasoning: string[] = [];
  const warnings: SegmentWarning[] = [];
  const limits: { value: number; why: string }[] = [
    { value: MEMORY_LIMIT, why: `more than ${MEMORY_LIMIT} segments cannot be remembered` },
  ];

  if (f.treatments !== null) {
    limits.push({ value: Math.floor(f.treatments), why: `you can fund ${n(f.treatments)} distinct treatments` });
    reasoning.push(
      `You can fund ${n(f.treatments)} distinct treatments; segments that would get the same treatment are merged, so at most ${n(Math.floor(f.treatments))}.`,
    );
  } else reasoning.push('The number of distinct treatments you can fund is unknown, so that limit was not applied.');

  if (f.maxSegmentsRepsCanCarry !== null) {
    limits.push({
      value: Math.floor(f.maxSegmentsRepsCanCarry),
      why: `reps can carry about ${n(f.maxSegmentsRepsCanCarry)} segment plays`,
    });
    reasoning.push(
      `Reps can carry about ${n(f.maxSegmentsRepsCanCarry)} segment plays in their day-to-day selling, so at most ${n(Math.floor(f.maxSegmentsRepsCanCarry))} field segments.`,
    );
    if (f.treatments !== null && f.treatments > f.maxSegmentsRepsCanCarry) {
      warnings.push({
        id: 'more-treatments-than-reps-carry',
        message: `You plan ${n(f.treatments)} treatments but reps can carry about ${n(f.maxSegmentsRepsCanCarry)}: merge treatments for the field, or keep the extra distinctions as marketing sub-segments.`,
      });
    }
  }

  if (f.minSegmentSharePercent !== null && f.minSegmentSharePercent > 0) {
    const byShare = Math.floor(100 / f.minSegmentSharePercent);
    limits.push({
      value: byShare,
      why: `each segment should hold at least ${n(f.minSegmentSharePercent)}% of accounts`,
    });
    reasoning.push(
      `Each segment should hold at least ${n(f.minSegmentSharePercent)}% of accounts, which allows at most ${n(byShare)}.`,
    );
  }

  let fieldCeiling: number | null = null;
  let fieldBinding = '';
  if (
    f.accounts !== null &&
    f.reps !== null &&
    f.reps > 0 &&
    f.minAccountsPerRepPerSegment !== null &&
    f.minAccountsPerRepPerSegment > 0
  ) {
    const perRep = f.accounts / f.reps;
    const byTerritory = Math.floor(perRep / f.minAccountsPerRepPerSegment);
    fieldCeiling = Math.max(1, byTerritory);
    fieldBinding = `a typical rep has about ${n(Math.round(perRep))} accounts, room for ${n(fieldCeiling)} field segment${fieldCeiling === 1 ? '' : 's'} of at least ${n(f.minAccountsPerRepPerSegment)} each`;
    reasoning.push(
      `${n(f.accounts)} accounts over ${n(f.reps)} reps is about ${n(Math.round(perRep))} per rep; with at least ${n(f.minAccountsPerRepPerSegment)} accounts per rep in each field segment, there is room for ${n(byTerritory)} segments with field visits.`,
    );
    if (byTerritory < 3) {
      warnings.push({
        id: 'segments-too-small',
        message: `With about ${n(Math.round(perRep))} accounts per rep, more than ${n(Math.max(1, byTerritory))} field segment${byTerritory === 1 ? '' : 's'} would leave segments too small to act on in most territories.`,
      });
    }
  } else
    reasoning.push(
      'Accounts, reps or the minimum accounts per rep per segment are unknown, so the territory-size check was not made.',
    );

  if (f.reps !== null && f.callsPerRepPerYear !== null && f.accounts !== null) {
    const capacity = f.reps * f.callsPerRepPerYear;
    reasoning.push(
      `Call capacity is ${n(f.reps)} reps x ${n(f.callsPerRepPerYear)} calls = ${n(capacity)} calls a year for ${n(f.accounts)} accounts.`,
    );
    if (capacity < f.accounts) {
      warnings.push({
        id: 'capacity-below-accounts',
        message: `${n(capacity)} calls a year cannot reach all ${n(f.accounts)} accounts even once: the lower segments go to inside sales, partners or digital channels, and the field segments are sized to the capacity.`,
      });
    }
  }

  warnings.push(...plannedSegmentWarnings(context, f, reasoning));
  const tightest = limits.reduce((a, b) => (b.value < a.value ? b : a));
  const ceiling = Math.max(1, tightest.value);
  if (ceiling < 2 || (fieldCeiling !== null && fieldCeiling < 2)) {
    warnings.push({
      id: 'too-few-segments',
      message:
        'The answers leave room for fewer than 2 segments: rank accounts one by one in a tiering workshop instead of building segments.',
    });
  }
  return {
    ceiling,
    limited: limits.length > 1 || fieldCeiling !== null,
    binding: tightest.why,
    fieldCeiling,
    fieldBinding,
    facts,
    reasoning,
    warnings: dedupe(warnings),
  };
}

/**
 * The segment count follows the design (DOMAIN.md section I): the base layer's segments, after its
 * treatments were placed, fitted to capacity and merged down to the limits; the other layers are
 * counted on their own terms (key accounts by name, overlays from the research).
 */
export function recommendSegmentCount(limits: SegmentLimits, design: Design): SegmentCount {
  const base = design.layers.find((l) => l.kind === 'base');
  const count = base === undefined ? 1 : Math.max(1, Math.min(base.count.min, limits.ceiling));
  const reasoning = [...limits.reasoning];
  if (base !== undefined) reasoning.push(`Base layer (${base.methodTitle}): ${base.countReason}`);
  for (const layer of design.layers.filter((l) => l.kind !== 'base'))
    reasoning.push(`${LAYER_NAMES[layer.kind]} (${layer.methodTitle}): ${layer.countReason}`);
  reasoning.push(`Recommended: ${n(count)} base segment${count === 1 ? '' : 's'}.`);
  const warnings = [...limits.warnings];
  if (count < 3 && count >= 2 && limits.ceiling >= 3 && base !== undefined && base.segments.length < 3)
    warnings.push({
      id: 'too-few-segments',
      message: `${n(count)} base segments leave each one mixed: check whether the ${base.unit} could be split further once more is known about them.`,
    });
  return {
    min: count,
    max: count,
    ceiling: limits.limited ? limits.ceiling : null,
    facts: limits.facts,
    reasoning,
    warnings: dedupe(warnings),
  };
}

const LAYER_NAMES: Readonly<Record<Design['layers'][number]['kind'], string>> = {
  base: 'Base layer',
  'key-accounts': 'Key accounts',
  partners: 'Partners',
  overlay: 'Overlay',
};

/** Checks on the number of segments the organisation uses or plans, when the bank asks for it. */
function plannedSegmentWarnings(
  context: PlanContext,
  f: ReturnType<typeof factLookup>,
  reasoning: string[],
): SegmentWarning[] {
  const planned = context.seen.get(PLANNED_SEGMENTS_QUESTION);
  if (typeof planned !== 'number') return [];
  const warnings: SegmentWarning[] = [];
  reasoning.push(`You use or plan ${n(planned)} segment${planned === 1 ? '' : 's'}.`);
  if (f.maxSegmentsRepsCanCarry !== null && planned > f.maxSegmentsRepsCanCarry) {
    warnings.push({
      id: 'more-segments-than-reps-carry',
      message: `${n(planned)} segments is more than the about ${n(f.maxSegmentsRepsCanCarry)} that reps can carry: merge segments for the field and keep finer distinctions as sub-segments.`,
    });
  }
  if (f.accounts !== null && f.reps !== null && f.reps > 0 && f.minAccountsPerRepPerSegment !== null && planned > 0) {
    const perSegment = f.accounts / f.reps / planned;
    if (perSegment < f.minAccountsPerRepPerSegment) {
      warnings.push({
        id: 'segments-too-small',
        message: `With ${n(planned)} segments a typical rep has about ${n(Math.round(perSegment * 10) / 10)} accounts in each, fewer than the ${n(f.minAccountsPerRepPerSegment)} that justify a play of its own.`,
      });
    }
  }
  return warnings;
}

function dedupe(warnings: SegmentWarning[]): SegmentWarning[] {
  return warnings.filter((w, i) => warnings.findIndex((o) => o.id === w.id) === i);
}
