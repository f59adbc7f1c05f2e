import type { DesignSettings, SegmentShape } from '../../schema/catalogue.ts';
import type { Channel, DesignSegment } from '../../schema/plan/design.ts';
import { formatNumber } from '../answer-labels.ts';
import type { PlanContext } from '../evidence.ts';
import { channelDemand } from './capacity.ts';
import { type Organisation, ownerFor, withUnit } from './organisation.ts';

const n = (value: number): string => formatNumber(Math.round(value));
const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** The segments being shaped, with what the plan needs to explain each change. */
export interface Shaping {
  readonly segments: DesignSegment[];
  /** Each segment's intensity from the method (for choosing what moves first). */
  readonly intensity: Map<string, number>;
  /** The channels the method allows each segment, in its order of preference (what it may move to). */
  readonly channels: Map<string, readonly Channel[]>;
  /** What was changed from the method's defaults, in order. */
  readonly adjustments: string[];
}

/**
 * The channel a shape gets: the first it lists that the organisation has. A base segment with no calls
 * skips the calling channels; an overlay segment (`plansCalls` false) takes the channel that will use it.
 */
function channelOf(shape: SegmentShape, org: Organisation, plansCalls: boolean): Channel {
  for (const channel of shape.channels) {
    if (!org.channels.has(channel)) continue;
    if (plansCalls && (channel === 'field' || channel === 'key-account') && shape.intensity === 0) continue;
    return channel;
  }
  return 'digital';
}

/** Calls a year in a channel for a shape of this intensity. */
export function callsFor(channel: Channel, intensity: number, top: number, settings: DesignSettings): number {
  if (channel === 'field' || channel === 'key-account')
    return intensity === 0 ? 0 : Math.max(1, Math.round(top * intensity));
  if (channel === 'inside-sales')
    return intensity === 0
      ? settings.insideReviewCallsPerYear
      : Math.max(settings.insideCallsPerYear, Math.round(settings.insideTopCallsPerYear * intensity));
  return 0;
}

/** A layer's default segments, placed in the organisation's channels and sized to its units. */
export function shapeSegments(
  context: PlanContext,
  shapes: readonly SegmentShape[],
  org: Organisation,
  universe: number | null,
  top: number,
  plansCalls = true,
): Shaping {
  const { design: settings } = context.prepared.bundle;
  const intensity = new Map<string, number>();
  const channels = new Map<string, readonly Channel[]>();
  const sizes =
    universe === null
      ? null
      : apportion(
          shapes.map((s) => s.share),
          universe,
        );
  const segments = shapes.map((shape, index): DesignSegment => {
    const channel = channelOf(shape, org, plansCalls);
    intensity.set(shape.id, shape.intensity);
    channels.set(shape.id, shape.channels);
    return {
      id: shape.id,
      name: shape.name,
      rule: withUnit(shape.rule, org.unit),
      share: shape.share,
      shareSource: 'assumed',
      units: sizes?.[index] ?? null,
      treatment: {
        callsPerYear: plansCalls ? callsFor(channel, shape.intensity, top, settings) : 0,
        channel,
        owner: ownerFor(context, channel),
        activity: withUnit(shape.activity, org.unit),
      },
      mergedFrom: [],
    };
  });
  return { segments, intensity, channels, adjustments: [] };
}

/**
 * Whole numbers of units in proportion to the shares, adding up to the universe when the shares add
 * up to 1 (largest remainder), so segment sizes never add up to more units than there are.
 */
export function apportion(shares: readonly number[], universe: number): number[] {
  const total = shares.reduce((sum, s) => sum + s, 0);
  const target = Math.round(Math.min(1, total) * universe);
  const exact = shares.map((s) => (total === 0 ? 0 : (s / total) * target));
  const sizes = exact.map(Math.floor);
  let left = target - sizes.reduce((sum, s) => sum + s, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    sizes[i] = (sizes[i] ?? 0) + 1;
    left -= 1;
  }
  return sizes;
}

/** Move a segment to another channel, with that channel's frequency and owner. */
function moveTo(
  context: PlanContext,
  shaping: Shaping,
  index: number,
  channel: Channel,
  top: number,
): DesignSegment | undefined {
  const segment = shaping.segments[index];
  if (segment === undefined) return undefined;
  const moved: DesignSegment = {
    ...segment,
    treatment: {
      ...segment.treatment,
      channel,
      callsPerYear: callsFor(channel, shaping.intensity.get(segment.id) ?? 0, top, context.prepared.bundle.design),
      owner: ownerFor(context, channel),
    },
  };
  shaping.segments[index] = moved;
  return moved;
}

/** The segments a channel makes planned calls on, by index, top first. */
const callingIndexes = (shaping: Shaping, channel: Channel): number[] =>
  shaping.segments.flatMap((s, i) => (s.treatment.channel === channel && s.treatment.callsPerYear > 0 ? [i] : []));

/** Multiply every planned frequency in a channel by `factor`, never below one call a year. */
function scaleFrequencies(shaping: Shaping, channel: Channel, factor: number): void {
  for (const i of callingIndexes(shaping, channel)) {
    const s = shaping.segments[i];
    if (s === undefined) continue;
    shaping.segments[i] = {
      ...s,
      treatment: { ...s.treatment, callsPerYear: Math.max(1, Math.round(s.treatment.callsPerYear * factor)) },
    };
  }
}

/** Whether the method lets a segment be served through `channel` (segments the plan adds may go anywhere). */
function mayMove(shaping: Shaping, index: number, channel: Channel): boolean {
  const id = shaping.segments[index]?.id;
  const allowed = id === undefined ? undefined : shaping.channels.get(id);
  return allowed === undefined || allowed.includes(channel);
}

/** Where a segment goes when the field cannot carry it: inside sales if there is any, else partners, else digital. */
function fallbackChannel(org: Organisation): Channel {
  if (org.channels.has('inside-sales')) return 'inside-sales';
  if (org.channels.has('partner')) return 'partner';
  return 'digital';
}

/**
 * Fit the field segments to field capacity (DOMAIN.md section I): over the band, hand the lightest
 * field segment to inside sales, then lower frequencies, then shrink reach from the bottom; under it,
 * raise frequencies. Each change is recorded with its numbers. Nothing changes when a figure is missing.
 */
export function balanceField(context: PlanContext, shaping: Shaping, org: Organisation, top: number): void {
  const { design: settings } = context.prepared.bundle;
  const { utilisation: band, frequencyScale } = settings;
  const supply =
    org.fieldReps.value === null || org.callsPerRep.value === null ? null : org.fieldReps.value * org.callsPerRep.value;
  const demand = (): number | null => channelDemand(shaping.segments, 'field');
  const first = demand();
  if (supply === null || supply === 0 || first === null || first === 0) return;
  const fieldIndexes = (): number[] => callingIndexes(shaping, 'field');

  let current = first;
  if (current / supply > band.high) {
    // 1. The lightest field segment (never the only one) goes to inside sales, if there is inside sales
    //    and the method allows that segment remote coverage (a bank's highest-value clients keep their
    //    adviser: their reach is cut instead, from the bottom).
    const fields = fieldIndexes();
    const lightest = fields.at(-1);
    const remote = lightest === undefined ? false : mayMove(shaping, lightest, 'inside-sales');
    if (org.channels.has('inside-sales') && fields.length > 1 && lightest !== undefined && remote) {
      const before = shaping.segments[lightest];
      const moved = moveTo(context, shaping, lightest, 'inside-sales', top);
      if (before !== undefined && moved !== undefined) {
        const after = demand() ?? current;
        shaping.adjustments.push(
          `${before.name} moved from field visits to inside sales (${moved.treatment.callsPerYear} calls a year): the field design asked for ${n(current)} calls against a capacity of ${n(supply)} (${percent(current / supply)}), and now asks for ${n(after)}.`,
        );
        current = after;
      }
    }
  }
  if (current / supply > band.high) {
    // 2. Lower every field frequency, as far as the scale allows.
    const factor = Math.max(frequencyScale.min, (band.target * supply) / current);
    scaleFrequencies(shaping, 'field', factor);
    const after = demand() ?? current;
    shaping.adjustments.push(
      `Field frequencies lowered to ${percent(factor)} of the usual level (the top segment now gets ${shaping.segments[fieldIndexes()[0] ?? 0]?.treatment.callsPerYear ?? 0} calls a year), taking field demand from ${n(current)} to ${n(after)} calls.`,
    );
    current = after;
  }
  if (current / supply > band.high) shrinkReach(context, shaping, org, supply, current, top);
  else if (current / supply < band.low) current = widenReach(context, shaping, supply, current, top);
  if (current / supply < band.low) {
    const factor = Math.min(frequencyScale.max, (band.target * supply) / current);
    if (factor > 1.05) {
      scaleFrequencies(shaping, 'field', factor);
      const after = demand() ?? current;
      shaping.adjustments.push(
        `Field frequencies raised to ${percent(factor)} of the usual level: the usual frequencies would use only ${percent(current / supply)} of the field's ${n(supply)} calls a year; they now use ${percent(after / supply)}.`,
      );
    }
  }
}

/**
 * Fit the inside-sales segments to the inside team's capacity once the field is settled: over the band,
 * lower every inside-sales frequency as far as the scale allows (never below one conversation a year),
 * then hand the lightest inside-sales segment (never the only one) to digital journeys, then cut the
 * reach of the last one. Each change is
 * recorded with its numbers; nothing changes when a figure is missing or the team is within the band.
 */
export function balanceInside(context: PlanContext, shaping: Shaping, org: Organisation): void {
  const { utilisation: band, frequencyScale } = context.prepared.bundle.design;
  const supply =
    org.insideReps.value === null || org.insideCalls.value === null
      ? null
      : org.insideReps.value * org.insideCalls.value;
  const demand = (): number | null => channelDemand(shaping.segments, 'inside-sales');
  const first = demand();
  if (supply === null || supply === 0 || first === null || first / supply <= band.high) return;
  const factor = Math.max(frequencyScale.min, (band.target * supply) / first);
  scaleFrequencies(shaping, 'inside-sales', factor);
  const current = demand() ?? first;
  shaping.adjustments.push(
    `Inside-sales frequencies lowered to ${percent(factor)} of the usual level: the inside-sales design asked for ${n(first)} conversations a year against a capacity of ${n(supply)} (${percent(first / supply)}), and now asks for ${n(current)} (${percent(current / supply)}).`,
  );
  const inside = callingIndexes(shaping, 'inside-sales');
  const lightest = inside.at(-1);
  let now = current;
  if (now / supply > band.high && inside.length > 1 && lightest !== undefined) {
    const before = shaping.segments[lightest];
    if (before !== undefined && moveTo(context, shaping, lightest, 'digital', 0) !== undefined) {
      const after = demand() ?? now;
      shaping.adjustments.push(
        `${before.name} moved from inside sales to digital journeys and campaigns, with no planned calls: inside sales still asked for ${n(now)} conversations against a capacity of ${n(supply)} (${percent(now / supply)}), and now asks for ${n(after)} (${percent(after / supply)}).`,
      );
      now = after;
    }
  }
  if (now / supply > band.high) cutInsideReach(shaping, supply, now, band.target);
}

/**
 * When one inside-sales segment is left and still over capacity, it keeps as many of its units as the
 * team can call (the highest-value ones, since each tier is cut from the top) and the rest join the
 * first segment after it with no planned calls.
 */
function cutInsideReach(shaping: Shaping, supply: number, demand: number, target: number): void {
  const last = callingIndexes(shaping, 'inside-sales').at(-1);
  const segment = last === undefined ? undefined : shaping.segments[last];
  if (last === undefined || segment === undefined || segment.units === null) return;
  const restIndex = shaping.segments.findIndex((s, i) => i > last && s.treatment.callsPerYear === 0);
  const rest = shaping.segments[restIndex];
  if (rest === undefined || rest.units === null) return;
  const calls = segment.treatment.callsPerYear;
  const others = demand - segment.units * calls;
  const keep = Math.max(0, Math.floor((target * supply - others) / calls));
  if (keep >= segment.units) return;
  const moved = segment.units - keep;
  shaping.segments[last] = { ...segment, units: keep };
  shaping.segments[restIndex] = { ...rest, units: rest.units + moved };
  const after = channelDemand(shaping.segments, 'inside-sales') ?? demand;
  shaping.adjustments.push(
    `${segment.name} cut to the ${n(keep)} the inside-sales team can call (${percent(after / supply)} of its ${n(supply)} conversations a year); the other ${n(moved)} join ${rest.name}.`,
  );
}

/**
 * Under the band, the field first reaches further: the segment just below the field tiers, if it is
 * served by inside sales with calls planned, moves to field visits at its own intensity, as long as the
 * field stays within the band. Returns the field demand after the move.
 */
function widenReach(context: PlanContext, shaping: Shaping, supply: number, current: number, top: number): number {
  const { utilisation: band } = context.prepared.bundle.design;
  const lastField = shaping.segments.findLastIndex(
    (s) => s.treatment.channel === 'field' && s.treatment.callsPerYear > 0,
  );
  const next = lastField < 0 ? undefined : shaping.segments[lastField + 1];
  if (next === undefined || next.treatment.channel !== 'inside-sales' || (shaping.intensity.get(next.id) ?? 0) === 0)
    return current;
  const extra =
    (next.units ?? 0) * callsFor('field', shaping.intensity.get(next.id) ?? 0, top, context.prepared.bundle.design);
  if (next.units === null || (current + extra) / supply > band.high) return current;
  moveTo(context, shaping, lastField + 1, 'field', top);
  const after = channelDemand(shaping.segments, 'field') ?? current;
  shaping.adjustments.push(
    `${next.name} moved from inside sales to field visits: the field design asked for only ${n(current)} calls against a capacity of ${n(supply)} (${percent(current / supply)}), and now asks for ${n(after)} (${percent(after / supply)}).`,
  );
  return after;
}

/**
 * When even lower frequencies leave the field over capacity, visit only as many units as the field can
 * cover: every field segment keeps the same share of its units (the highest-potential ones, since
 * each tier is cut from the top), so the tiers stay distinct, and the rest join the first segment
 * served another way.
 */
function shrinkReach(
  context: PlanContext,
  shaping: Shaping,
  org: Organisation,
  supply: number,
  demand: number,
  top: number,
): void {
  const { design: settings } = context.prepared.bundle;
  const universe = org.units.value;
  const factor = (settings.utilisation.target * supply) / demand;
  const fields = shaping.segments
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.treatment.channel === 'field' && s.treatment.callsPerYear > 0 && s.units !== null);
  let rest = shaping.segments.findIndex((s, i) => i > (fields.at(-1)?.i ?? -1) && s.treatment.channel !== 'field');
  if (rest === -1) {
    // Every segment is visited: the units the field cannot cover need a segment of their own.
    const fallback = fallbackChannel(org);
    shaping.segments.push({
      id: 'beyond-field-capacity',
      name: 'Beyond field capacity',
      rule: `The ${org.unit.many} the field cannot visit, lowest potential first`,
      share: 0,
      shareSource: 'capacity',
      units: 0,
      treatment: {
        channel: fallback,
        callsPerYear: callsFor(fallback, 0, top, settings),
        owner: ownerFor(context, fallback),
        activity: 'Served without field visits; moved up at the next refresh if their potential grows.',
      },
      mergedFrom: [],
    });
    shaping.intensity.set('beyond-field-capacity', 0);
    rest = shaping.segments.length - 1;
  }
  let handed = 0;
  const kept: string[] = [];
  for (const { s, i } of fields) {
    const units = s.units ?? 0;
    const keep = Math.floor(units * factor);
    handed += units - keep;
    kept.push(`${s.name} ${n(keep)} of ${n(units)}`);
    shaping.segments[i] = {
      ...s,
      units: keep,
      share: universe === null || universe === 0 ? s.share * factor : keep / universe,
      shareSource: 'capacity',
    };
  }
  const target = shaping.segments[rest];
  if (target !== undefined && target.units !== null) {
    const units = target.units + handed;
    shaping.segments[rest] = {
      ...target,
      units,
      share: universe === null || universe === 0 ? target.share : Math.min(1, units / universe),
    };
  }
  shaping.adjustments.push(
    `Field segments cut to what the field can cover, keeping the highest-potential ${org.unit.many} of each (${kept.join('; ')}); the other ${n(handed)} join ${target?.name ?? 'the lowest segment'}.`,
  );
}

/** A channel as a phrase in a sentence. */
export function channelName(channel: Channel): string {
  switch (channel) {
    case 'key-account':
      return 'key-account managers';
    case 'field':
      return 'field reps';
    case 'inside-sales':
      return 'inside sales';
    case 'partner':
      return 'partners';
    case 'digital':
      return 'digital channels';
  }
}

/** Two segments are treated alike when channel and frequency are the same. */
const sameTreatment = (a: DesignSegment, b: DesignSegment): boolean =>
  a.treatment.channel === b.treatment.channel && a.treatment.callsPerYear === b.treatment.callsPerYear;

/** Join segment `j` into segment `i` (its neighbour above). */
function mergeInto(shaping: Shaping, i: number, j: number, universe: number | null): void {
  const a = shaping.segments[i];
  const b = shaping.segments[j];
  if (a === undefined || b === undefined) return;
  const units = a.units === null || b.units === null ? null : a.units + b.units;
  // Different frequencies merge to the average over their units, so the merge asks for no more calls.
  const calls =
    a.treatment.callsPerYear === b.treatment.callsPerYear || a.units === null || b.units === null || units === 0
      ? a.treatment.callsPerYear
      : Math.max(
          1,
          Math.round((a.units * a.treatment.callsPerYear + b.units * b.treatment.callsPerYear) / (units ?? 1)),
        );
  shaping.segments.splice(i, 2, {
    ...a,
    treatment: { ...a.treatment, callsPerYear: calls },
    name: `${a.name} and ${b.name}`,
    rule: `${a.rule}; or ${b.rule.charAt(0).toLowerCase()}${b.rule.slice(1)}`,
    share: Math.min(1, universe !== null && universe > 0 && units !== null ? units / universe : a.share + b.share),
    shareSource: a.shareSource === 'capacity' || b.shareSource === 'capacity' ? 'capacity' : 'assumed',
    units,
    mergedFrom: [
      ...(a.mergedFrom.length > 0 ? a.mergedFrom : [a.id]),
      ...(b.mergedFrom.length > 0 ? b.mergedFrom : [b.id]),
    ],
  });
}

/**
 * Merge neighbours that came out with the same treatment (DOMAIN.md section C: two segments with the
 * same treatment are one), then merge the closest neighbours until the count fits the treatments the
 * company can fund.
 */
export function mergeSegments(
  shaping: Shaping,
  universe: number | null,
  limit: {
    readonly ceiling: number;
    readonly binding: string;
    readonly fieldCeiling: number | null;
    readonly fieldBinding: string;
  },
): void {
  mergeAlike(shaping, universe);
  const fieldCount = (): number =>
    shaping.segments.filter((s) => s.treatment.channel === 'field' && s.treatment.callsPerYear > 0).length;
  for (;;) {
    const tooMany = shaping.segments.length > Math.max(1, limit.ceiling);
    const tooManyField = limit.fieldCeiling !== null && fieldCount() > Math.max(1, limit.fieldCeiling);
    if (!tooMany && !tooManyField) break;
    const pair = closestPair(shaping, tooMany ? null : 'field');
    if (pair === undefined) break;
    const a = shaping.segments[pair];
    const b = shaping.segments[pair + 1];
    mergeInto(shaping, pair, pair + 1, universe);
    shaping.adjustments.push(
      `${a?.name ?? ''} and ${b?.name ?? ''} merged: ${tooMany ? limit.binding : limit.fieldBinding}, and these two had the closest treatments.`,
    );
  }
}

/** The index of the first of two neighbours in the same channel (optionally a given one) whose frequencies are closest. */
function closestPair(shaping: Shaping, channel: Channel | null): number | undefined {
  let best: number | undefined;
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < shaping.segments.length; i += 1) {
    const a = shaping.segments[i];
    const b = shaping.segments[i + 1];
    if (a === undefined || b === undefined || a.treatment.channel !== b.treatment.channel) continue;
    if (channel !== null && a.treatment.channel !== channel) continue;
    const d = Math.abs(a.treatment.callsPerYear - b.treatment.callsPerYear);
    if (d < gap) {
      gap = d;
      best = i;
    }
  }
  return best;
}

/** Merge neighbours that came out with the same treatment: two segments treated alike are one. */
export function mergeAlike(shaping: Shaping, universe: number | null): void {
  for (let i = 0; i + 1 < shaping.segments.length;) {
    const a = shaping.segments[i];
    const b = shaping.segments[i + 1];
    if (a !== undefined && b !== undefined && sameTreatment(a, b)) {
      mergeInto(shaping, i, i + 1, universe);
      shaping.adjustments.push(`${a.name} and ${b.name} merged: they came out with the same treatment.`);
    } else i += 1;
  }
}
