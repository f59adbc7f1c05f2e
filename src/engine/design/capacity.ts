import type { DesignSettings } from '../../schema/catalogue.ts';
import type { CapacityBalance, Channel, ChannelCapacity, DesignSegment } from '../../schema/plan/design.ts';
import { formatNumber } from '../answer-labels.ts';
import type { Figure, Organisation } from './organisation.ts';

/** Channels whose people make planned calls, and so have a capacity to check. */
const CALLING: readonly Channel[] = ['field', 'inside-sales'];

/** What a channel's people make: field visits are calls, inside sales holds conversations. */
const contacts = (channel: Channel): string => (channel === 'inside-sales' ? 'conversations' : 'calls');
const percent = (share: number): string => `${Math.round(share * 100)}%`;
const n = (value: number): string => formatNumber(Math.round(value));

/** Calls a year a set of segments asks of a channel; null when a segment's size is unknown. */
export function channelDemand(segments: readonly DesignSegment[], channel: Channel): number | null {
  let total = 0;
  for (const s of segments) {
    if (s.treatment.channel !== channel || s.treatment.callsPerYear === 0) continue;
    if (s.units === null) return null;
    total += s.units * s.treatment.callsPerYear;
  }
  return total;
}

function people(org: Organisation, channel: Channel): [Figure, Figure] {
  return channel === 'field' ? [org.fieldReps, org.callsPerRep] : [org.insideReps, org.insideCalls];
}

/** The capacity arithmetic of one calling channel. */
export function channelCapacity(
  org: Organisation,
  segments: readonly DesignSegment[],
  channel: Channel,
): ChannelCapacity {
  const [heads, each] = people(org, channel);
  const supply = heads.value === null || each.value === null ? null : heads.value * each.value;
  const demand = channelDemand(segments, channel);
  const demandBy = segments.flatMap((s) =>
    s.treatment.channel === channel && s.treatment.callsPerYear > 0 && s.units !== null
      ? [{ segmentId: s.id, name: s.name, units: s.units, callsPerYear: s.treatment.callsPerYear }]
      : [],
  );
  const missing = [heads, each, org.units]
    .filter((f) => f.value === null && f.questionId !== undefined)
    .map((f) => f.questionId as string);
  return {
    channel,
    people: heads.value,
    perPerson: each.value,
    supply,
    demand,
    demandBy,
    utilisation: supply === null || demand === null || supply === 0 ? null : Math.round((demand / supply) * 100) / 100,
    missing: [...new Set(missing)],
  };
}

/** Units that get personal coverage (any planned calls) as a share of all units; null when unknown. */
export function reachOf(segments: readonly DesignSegment[], universe: number | null): number | null {
  if (universe === null || universe === 0) return null;
  let covered = 0;
  for (const s of segments) {
    if (s.units === null) return null;
    if (s.treatment.callsPerYear > 0) covered += s.units;
  }
  return Math.min(1, Math.round((covered / universe) * 1000) / 1000);
}

/** The field's utilisation against the band. */
export function statusOf(utilisation: number | null, band: DesignSettings['utilisation']): CapacityBalance['status'] {
  if (utilisation === null) return 'unknown';
  if (utilisation > band.high) return 'over';
  if (utilisation < band.low) return 'under';
  return 'within';
}

/**
 * The capacity part of the design once the segments are final, with advice for what is still out of
 * band. `named` are segments of other layers that call on the same people (named accounts the field
 * owns): they count toward demand, not toward the reach of the base.
 */
export function capacityBalance(
  org: Organisation,
  base: readonly DesignSegment[],
  settings: DesignSettings,
  adjustments: readonly string[],
  labelOf: (questionId: string) => string,
  named: readonly DesignSegment[] = [],
): CapacityBalance {
  const segments = [...base, ...named];
  const channels = CALLING.filter((c) =>
    segments.some((s) => s.treatment.channel === c && s.treatment.callsPerYear > 0),
  ).map((c) => channelCapacity(org, segments, c));
  const field = channels.find((c) => c.channel === 'field');
  const status = statusOf(field?.utilisation ?? null, settings.utilisation);
  const advice: string[] = [];
  for (const c of channels) {
    const name = c.channel === 'field' ? 'field' : 'inside-sales';
    if (c.missing.length > 0) {
      advice.push(
        `The ${name} capacity check needs ${c.missing.map(labelOf).join(', ')}; answer ${c.missing.length === 1 ? 'it' : 'them'} to see whether the ${name} team can deliver this design.`,
      );
      continue;
    }
    if (c.utilisation === null || c.supply === null || c.demand === null) continue;
    if (c.utilisation > settings.utilisation.high)
      advice.push(
        `The ${name} design still asks for ${n(c.demand)} ${contacts(c.channel)} a year against a capacity of ${n(c.supply)} (${percent(c.utilisation)}): cut the lowest ${name} segment's frequency or reach further, or add people, before launch.`,
      );
    else if (c.utilisation < settings.utilisation.low)
      advice.push(
        `The ${name} team would use only ${percent(c.utilisation)} of its ${n(c.supply)} ${contacts(c.channel)} a year: widen the target list to the next segment down, or raise the frequency of the top segments, before adding channels.${c.channel === 'field' && c.utilisation < settings.utilisation.low / 2 ? ` This far under the band, frequencies alone cannot close the gap: ${org.unit.one === 'person' ? '' : `if reps see several people in each ${org.unit.one}, plan calls per person rather than per ${org.unit.one}; if not, `}the team is larger than these ${org.unit.many} need, and its spare time is a decision to take (new accounts, another product line, or a smaller team).` : ''}`,
      );
  }
  return {
    channels,
    status,
    reach: reachOf(base, org.units.value),
    adjustments: [...adjustments],
    advice,
  };
}
