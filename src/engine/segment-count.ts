import type { SegmentCount, SegmentWarning } from '../schema/plan/index.ts';
import { formatNumber } from './answer-labels.ts';
import type { PlanContext } from './evidence.ts';
import { factLookup, resolveFacts } from './facts.ts';
import { PLANNED_SEGMENTS_QUESTION } from './prepare.ts';

/**
 * Practitioners test 3-6 survey segments and use 2-4 account tiers, and a grid should collapse
 * to about 5 treatments or fewer (DOMAIN.md section C). 3-5 is the band where both overlap.
 */
const TYPICAL = { min: 3, max: 5 } as const;
/** More segments than this cannot be remembered; use sub-segments instead (DOMAIN.md section C). */
const MEMORY_LIMIT = 12;
/** A field segmentation needs at least two treatments to differ at all. */
const FEWEST = 2;

const n = formatNumber;

/**
 * Recommend a segment count from the numeric facts: the typical 3-5 band, capped by every
 * limit the answers reveal (treatments the company can fund, segments reps can carry, the
 * smallest segment share, accounts per rep per segment), with warnings where they conflict.
 */
export function recommendSegmentCount(context: PlanContext): SegmentCount {
  const facts = resolveFacts(context);
  const f = factLookup(facts);
  const reasoning: string[] = [
    `Start from ${TYPICAL.min} to ${TYPICAL.max} segments: the range where account tiers, survey segments and a collapsed potential grid overlap, and few enough for distinct treatments.`,
  ];
  const warnings: SegmentWarning[] = [];
  const limits: number[] = [MEMORY_LIMIT];

  if (f.treatments !== null) {
    limits.push(Math.floor(f.treatments));
    reasoning.push(
      `You can fund ${n(f.treatments)} distinct treatments; segments that would get the same treatment should be merged, so at most ${n(Math.floor(f.treatments))}.`,
    );
  } else reasoning.push('The number of distinct treatments you can fund is unknown, so that limit was not applied.');

  if (f.maxSegmentsRepsCanCarry !== null) {
    limits.push(Math.floor(f.maxSegmentsRepsCanCarry));
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
    limits.push(byShare);
    reasoning.push(
      `Each segment should hold at least ${n(f.minSegmentSharePercent)}% of accounts, which allows at most ${n(byShare)}.`,
    );
    if (byShare < TYPICAL.min)
      warnings.push({
        id: 'segments-too-small',
        message: `A minimum share of ${n(f.minSegmentSharePercent)}% leaves room for only ${n(byShare)} segments.`,
      });
  }

  if (
    f.accounts !== null &&
    f.reps !== null &&
    f.reps > 0 &&
    f.minAccountsPerRepPerSegment !== null &&
    f.minAccountsPerRepPerSegment > 0
  ) {
    const perRep = f.accounts / f.reps;
    const byTerritory = Math.floor(perRep / f.minAccountsPerRepPerSegment);
    limits.push(Math.max(1, byTerritory));
    reasoning.push(
      `${n(f.accounts)} accounts over ${n(f.reps)} reps is about ${n(Math.round(perRep))} per rep; with at least ${n(f.minAccountsPerRepPerSegment)} accounts per rep in each segment, there is room for ${n(byTerritory)}.`,
    );
    if (byTerritory < TYPICAL.min) {
      warnings.push({
        id: 'segments-too-small',
        message: `With about ${n(Math.round(perRep))} accounts per rep, more than ${n(Math.max(1, byTerritory))} segment${byTerritory === 1 ? '' : 's'} would leave segments too small to act on in most territories.`,
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
        message: `${n(capacity)} calls a year cannot reach all ${n(f.accounts)} accounts even once: move the lowest segment to inside sales or digital, and size the field segments to the capacity.`,
      });
    }
  }

  warnings.push(...plannedSegmentWarnings(context, f, reasoning));

  const ceiling = Math.max(1, Math.min(...limits));
  const max = Math.min(TYPICAL.max, ceiling);
  const min = Math.min(TYPICAL.min, max);
  if (ceiling < FEWEST) {
    warnings.push({
      id: 'too-few-segments',
      message:
        'The answers leave room for fewer than 2 segments: rank accounts one by one in a tiering workshop instead of building segments.',
    });
  }
  reasoning.push(
    min === max
      ? `Recommended: ${n(min)} segment${min === 1 ? '' : 's'}.`
      : `Recommended: ${n(min)} to ${n(max)} segments.`,
  );
  return { min, max, ceiling: limits.length > 1 ? ceiling : null, facts, reasoning, warnings: dedupe(warnings) };
}

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
