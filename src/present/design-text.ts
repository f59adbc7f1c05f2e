/** How the segment design reads: the same words and figures on the page, in the PDF and in Markdown. */
import type {
  AnswerSheetEntry,
  CapacityBalance,
  Channel,
  ChannelCapacity,
  Design,
  DesignLayer,
  DesignSegment,
  Treatment,
} from '../schema/plan/index.ts';
import { bandStatus, UTILISATION_BAND, type BandStatus } from './design.ts';
import { capitalise, countOf, formatNumber, formatPercent, listText, rangeOf } from './format.ts';

/** A channel in a compact label: `field 24/yr`. */
const CHANNEL_SHORT: Readonly<Record<Channel, string>> = {
  'key-account': 'key account',
  field: 'field',
  'inside-sales': 'inside sales',
  partner: 'partner',
  digital: 'digital',
};

/** The people who work a channel, as a heading: `Field reps`. */
const CHANNEL_TEAM: Readonly<Record<Channel, string>> = {
  'key-account': 'Key-account managers',
  field: 'Field reps',
  'inside-sales': 'Inside sales',
  partner: 'Partners',
  digital: 'Digital channels',
};

/** A channel as a table cell: `Field`, `Inside sales`. */
export const channelLabel = (channel: Channel): string => capitalise(CHANNEL_SHORT[channel]);

/** The team that works a calling channel: `Field reps`, `Inside sales`. */
export const channelTeam = (channel: Channel): string => CHANNEL_TEAM[channel];

/** What each kind of layer is called. */
const LAYER_NAMES: Readonly<Record<DesignLayer['kind'], string>> = {
  base: 'Base segments',
  'key-accounts': 'Key accounts',
  partners: 'Partner tiers',
  overlay: 'Overlay',
};

/** A layer's heading: `Base segments: Firmographic account tiering`. */
export const layerHeading = (layer: Pick<DesignLayer, 'kind' | 'methodTitle'>): string =>
  `${LAYER_NAMES[layer.kind]}: ${layer.methodTitle}`;

/** The layer's kind alone, for a short label: `Key accounts`. */
export const layerName = (kind: DesignLayer['kind']): string => LAYER_NAMES[kind];

/** A segment's planned calls with their unit: `24 calls a year`, `1 call a year`, or `No planned calls`. */
export const callsAYear = (calls: number): string =>
  calls === 0 ? 'No planned calls' : `${countOf(calls, 'call')} a year`;

/** A treatment in a few characters: `field 24/yr`, or `digital, no calls`. */
export const treatmentShort = (t: Pick<Treatment, 'channel' | 'callsPerYear'>): string =>
  t.callsPerYear === 0
    ? `${CHANNEL_SHORT[t.channel]}, no calls`
    : `${CHANNEL_SHORT[t.channel]} ${formatNumber(t.callsPerYear)}/yr`;

/** A segment with its share and treatment in one label: `Win 10% · field 24/yr`. */
export const segmentShort = (s: Pick<DesignSegment, 'name' | 'share' | 'treatment'>): string =>
  `${s.name} ${formatPercent(s.share)} · ${treatmentShort(s.treatment)}`;

/** A share with where it comes from: `15% (assumed)` or `6% (fitted to capacity)`. */
export const shareText = (s: Pick<DesignSegment, 'share' | 'shareSource'>): string =>
  `${formatPercent(s.share)} (${s.shareSource === 'assumed' ? 'assumed' : 'fitted to capacity'})`;

/** The singular of a plural unit noun as the plan gives it: `sites` → `site`, `people` → `person`. */
export function singularUnit(plural: string): string {
  if (/\bpeople$/i.test(plural)) return plural.replace(/people$/i, 'person');
  if (/[^aeiou]ies$/i.test(plural)) return plural.replace(/ies$/i, 'y');
  if (/(ss|us)$/i.test(plural)) return plural;
  return plural.replace(/s$/i, '');
}

/** A number of units: `8,960 sites`, `1 site`, or `unknown` when the plan does not know it. */
export const unitsText = (units: number | null, unit: string): string =>
  units === null ? 'unknown' : countOf(units, singularUnit(unit), unit);

/** What a layer covers: `28,000 sites in 4 segments`, or `Sites, in 4 to 5 segments` when their number is unknown. */
export const layerSize = (layer: Pick<DesignLayer, 'universe' | 'unit' | 'count'>): string =>
  `${layer.universe === null ? `${capitalise(layer.unit)},` : unitsText(layer.universe, layer.unit)} in ${rangeOf(layer.count.min, layer.count.max, 'segment')}`;

/** What a merged segment merged: `merges the method's segments win and grow`, or null. */
export const mergedText = (s: Pick<DesignSegment, 'mergedFrom'>): string | null =>
  s.mergedFrom.length === 0 ? null : `merges the method's segments ${listText(s.mergedFrom)}`;

/** A segment's name, with what it merged: `Key and Core (merges the method's segments key and core)`. */
export function segmentTitle(s: Pick<DesignSegment, 'name' | 'mergedFrom'>): string {
  const merged = mergedText(s);
  return merged === null ? s.name : `${s.name} (${merged})`;
}

/** The columns of a layer's segment table, in order; `segmentRow` gives a segment's cells. */
export const SEGMENT_COLUMNS = [
  'Segment',
  'Rule',
  'Share',
  'Units',
  'Calls',
  'Channel',
  'Owner',
  'What they do',
] as const;

/** A segment as the cells of its layer's table, in the order of `SEGMENT_COLUMNS`. */
export const segmentRow = (s: DesignSegment, unit: string): readonly string[] => [
  segmentTitle(s),
  s.rule,
  shareText(s),
  unitsText(s.units, unit),
  callsAYear(s.treatment.callsPerYear),
  channelLabel(s.treatment.channel),
  s.treatment.owner,
  s.treatment.activity,
];

/** A key-account layer's books: `40 named accounts, 3 managers, 13.3 accounts per manager`. */
export function booksText(books: NonNullable<DesignLayer['books']>): string {
  return [
    books.accounts === null ? 'named accounts not known' : countOf(books.accounts, 'named account'),
    books.managers === null ? 'no key-account managers named' : countOf(books.managers, 'manager'),
    ...(books.perManager === null ? [] : [`${formatNumber(books.perManager)} accounts per manager`]),
  ].join(', ');
}

/** The base layer's segments with their treatments, compactly: `Strategic 3% · field 24/yr; Key 15% · …`. */
export function baseSegmentsLine(design: Pick<Design, 'layers'>): string {
  const base = design.layers.find((l) => l.kind === 'base');
  return base === undefined ? '' : base.segments.map(segmentShort).join('; ');
}

/** Capacity as people × calls each = supply: `85 people × 950 calls each = 80,750 calls a year`, or null. */
export function supplyLine(c: Pick<ChannelCapacity, 'people' | 'perPerson' | 'supply'>): string | null {
  if (c.people === null || c.perPerson === null || c.supply === null) return null;
  return `${countOf(c.people, 'person', 'people')} × ${countOf(c.perPerson, 'call')} each = ${formatNumber(c.supply)} calls a year`;
}

/**
 * Demand as the sum over segments: `Strategic 840 × 24 + Key 4,200 × 12 = 70,560 calls a year`. When
 * the terms do not add up to the plan's figure, only the figure is given. Null when unknown.
 */
export function demandLine(c: Pick<ChannelCapacity, 'demand' | 'demandBy'>): string | null {
  if (c.demand === null) return null;
  const terms = c.demandBy;
  const sum = terms.reduce((total, t) => total + t.units * t.callsPerYear, 0);
  const total = `${formatNumber(c.demand)} calls a year`;
  if (terms.length === 0 || Math.abs(sum - c.demand) > 0.5) return total;
  return `${terms.map((t) => `${t.name} ${formatNumber(t.units)} × ${formatNumber(t.callsPerYear)}`).join(' + ')} = ${total}`;
}

/** The band as words: `70% to 100%`. */
export const BAND_TEXT = `${formatPercent(UTILISATION_BAND.low)} to ${formatPercent(UTILISATION_BAND.high)}`;

/** How much of a channel's capacity the design uses: `87% of capacity used`, or `Not checked`. */
export const utilisationLine = (c: Pick<ChannelCapacity, 'utilisation'>): string =>
  c.utilisation === null ? 'Not checked' : `${formatPercent(c.utilisation)} of capacity used`;

const STATUS_TEXT: Readonly<Record<BandStatus, string>> = {
  within: `within the ${BAND_TEXT} band`,
  over: `over the ${BAND_TEXT} band: more calls than the team can make`,
  under: `under the ${BAND_TEXT} band: capacity to spare`,
  unknown: 'not checked',
};

/** A utilisation against the band: `within the 70% to 100% band`. */
export const bandText = (utilisation: number | null): string => STATUS_TEXT[bandStatus(utilisation)];

/** The design's overall capacity status, as the plan gives it for the field, or that no segment calls on the field. */
export function capacityStatusText(capacity: Pick<CapacityBalance, 'status' | 'channels'>): string {
  if (capacity.status !== 'unknown') return `Field capacity ${STATUS_TEXT[capacity.status]}`;
  return capacity.channels.some((c) => c.channel === 'field')
    ? 'Field capacity not checked'
    : 'No segment gets field visits, so there is no field capacity to check';
}

/** A channel's gauge caption: `Field reps: 87% of capacity used, within the 70% to 100% band`. */
export const gaugeCaption = (c: Pick<ChannelCapacity, 'channel' | 'utilisation'>): string =>
  c.utilisation === null
    ? `${channelTeam(c.channel)}: capacity not checked`
    : `${channelTeam(c.channel)}: ${utilisationLine(c)}, ${bandText(c.utilisation)}`;

/** The questions a check is missing, by topic, from the plan's answer sheet (the id when it has none). */
export const missingTopics = (
  ids: readonly string[],
  sheet: readonly Pick<AnswerSheetEntry, 'questionId' | 'topic'>[],
) => ids.map((id) => sheet.find((a) => a.questionId === id)?.topic ?? id);

/** `Capacity not checked: answer the call capacity per field rep and the number of units in scope.` */
export const missingLine = (
  c: Pick<ChannelCapacity, 'missing'>,
  sheet: readonly Pick<AnswerSheetEntry, 'questionId' | 'topic'>[],
): string => `Capacity not checked: answer ${listText(missingTopics(c.missing, sheet))}.`;

/** Units with personal coverage: `Reach: 50% of the sites get personal calls (…)`, or null when unknown. */
export const reachLine = (reach: number | null, unit: string): string | null =>
  reach === null
    ? null
    : `Reach: ${formatPercent(reach)} of the ${unit} get personal calls (field, key account or inside sales)`;

/** The columns of the capacity table, in order; `capacityRow` gives a channel's cells. */
export const CAPACITY_COLUMNS = [
  'Channel',
  'Supply: people × calls each',
  'Demand: units × calls, per segment',
  'Utilisation',
] as const;

/** A calling channel as the cells of the capacity table, in the order of `CAPACITY_COLUMNS`. */
export const capacityRow = (
  c: ChannelCapacity,
  sheet: readonly Pick<AnswerSheetEntry, 'questionId' | 'topic'>[],
): readonly string[] => [
  channelTeam(c.channel),
  supplyLine(c) ?? 'Not known',
  demandLine(c) ?? 'Not known',
  c.missing.length > 0 ? missingLine(c, sheet) : `${utilisationLine(c)}, ${bandText(c.utilisation)}`,
];
