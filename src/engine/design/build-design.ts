import type { Method } from '../../schema/catalogue.ts';
import type { Design, DesignLayer, DesignSegment } from '../../schema/plan/design.ts';
import type { MethodFit, MethodRecommendation, MistakeFinding, Reason } from '../../schema/plan/index.ts';
import { formatNumber } from '../answer-labels.ts';
import { answerStatus, holds, reasonFor, type PlanContext } from '../evidence.ts';
import { capacityBalance } from './capacity.ts';
import { firstHolding, type Organisation, readOrganisation, withUnit } from './organisation.ts';
import { balanceField, balanceInside, channelName, mergeAlike, mergeSegments, shapeSegments } from './segments.ts';

const n = (value: number): string => formatNumber(Math.round(value));

/** Methods by id, and whether each can build a layer. */
function methodById(context: PlanContext): Map<string, Method> {
  return new Map(context.prepared.bundle.methods.map((m) => [m.id, m]));
}

/** The best-ranked unblocked method that can build this layer, among the candidates (all methods when none given). */
function bestFor(
  ranking: readonly MethodFit[],
  methods: ReadonlyMap<string, Method>,
  kind: DesignLayer['kind'],
  candidates: readonly string[] | null,
  exclude: ReadonlySet<string>,
): MethodFit | undefined {
  return ranking.find(
    (m) =>
      !m.blocked &&
      !exclude.has(m.methodId) &&
      (candidates === null || candidates.includes(m.methodId)) &&
      (methods.get(m.methodId)?.design.layers.includes(kind) ?? false),
  );
}

/** The base method, the methods passed over because a finding contradicts them, and any deliberate trade-off. */
interface BaseChoice {
  readonly fit: MethodFit;
  readonly passedOver: Reason[];
  readonly tradeOffs: Reason[];
}

const FLAGGED: ReadonlySet<string> = new Set(['medium', 'high']);

/**
 * The base method (DOMAIN.md section I; issue: a recommendation never contradicts the plan): the
 * best-ranked unblocked method that can set coverage, passing over one whose defining trait a finding
 * at medium risk or above calls a mistake, unless the method's content gives a resolution that holds
 * for these answers, which the plan then states. When every candidate is contradicted, the first is kept
 * and each contradiction is stated.
 */
function chooseBase(
  context: PlanContext,
  ranking: readonly MethodFit[],
  methods: ReadonlyMap<string, Method>,
  findings: readonly MistakeFinding[],
): BaseChoice | undefined {
  const flagged = new Map(findings.filter((f) => FLAGGED.has(f.risk)).map((f) => [f.mistakeId, f]));
  const candidates = ranking.filter(
    (m) => !m.blocked && (methods.get(m.methodId)?.design.layers.includes('base') ?? false),
  );
  const passedOver: Reason[] = [];
  for (const fit of candidates) {
    const method = methods.get(fit.methodId);
    const conflicts = (method?.design.contradictedBy ?? []).filter((c) => flagged.has(c.mistake));
    const unresolved = conflicts.filter(
      (c) => c.resolution === undefined || (c.resolution.when !== undefined && !holds(context, c.resolution.when)),
    );
    if (unresolved.length > 0) {
      const titles = unresolved.map((c) => flagged.get(c.mistake)?.title ?? c.mistake);
      passedOver.push({
        ruleId: 'design-base-contradicted',
        because: `${fit.title} ranks higher, but this plan flags ${titles.map((t) => `“${t}”`).join(' and ')}, which is what that method does, so the base uses the next method that can set coverage.`,
        evidence: [],
      });
      continue;
    }
    const tradeOffs = conflicts.map((c): Reason => ({
      ruleId: 'design-deliberate-trade-off',
      because: c.resolution?.text ?? '',
      evidence: [],
    }));
    return { fit, passedOver, tradeOffs };
  }
  const fallback =
    candidates[0] ?? ranking.find((m) => methods.get(m.methodId)?.design.layers.includes('base') ?? false);
  if (fallback === undefined) return undefined;
  const titles = (methods.get(fallback.methodId)?.design.contradictedBy ?? [])
    .map((c) => flagged.get(c.mistake)?.title)
    .filter((t): t is string => t !== undefined);
  const tradeOffs: Reason[] =
    titles.length === 0
      ? []
      : [
          {
            ruleId: 'design-deliberate-trade-off',
            because: `${fallback.title} is used although this plan flags ${titles.map((t) => `“${t}”`).join(' and ')}: every method that could set coverage for these answers does what a finding warns against, so fix those findings first and revisit the method once they are fixed.`,
            evidence: [],
          },
        ];
  return { fit: fallback, passedOver: [], tradeOffs };
}

/** Why the base layer uses its method: the top reasons that raised its fit, or its rank when none did. */
function baseReasons(fit: MethodFit, ranked: readonly MethodFit[], passedOver: readonly Reason[]): Reason[] {
  const first = ranked[0];
  const note: Reason =
    passedOver.length > 0
      ? (passedOver[0] as Reason)
      : first !== undefined && first.methodId !== fit.methodId
        ? {
            ruleId: 'design-base-method',
            because: `${first.title} ranks first but cannot set coverage on its own, so the base uses ${fit.title}, the best-ranked method that can.`,
            evidence: [],
          }
        : {
            ruleId: 'design-base-method',
            because: `${fit.title} ranks first for these answers (fit ${fit.fit} of 100) and sets who gets how much effort.`,
            evidence: [],
          };
  return [note, ...fit.raised.slice(0, 2).map(({ ruleId, because, evidence }) => ({ ruleId, because, evidence }))];
}

/** The key-account layer: named accounts tiered, with the book each manager carries. */
function keyAccountLayer(context: PlanContext, org: Organisation, fit: MethodFit, reasons: Reason[]): DesignLayer {
  const { design: settings } = context.prepared.bundle;
  const template = settings.keyAccounts;
  const named = org.keyAccounts.value ?? org.groups.value;
  const managers = org.keyAccountManagers.value;
  const kamOrg: Organisation = { ...org, unit: { one: 'named account', many: 'named accounts' } };
  const shaping = shapeSegments(context, template.segments, kamOrg, named, template.topCallsPerYear);
  const perManager =
    named === null || managers === null || managers === 0 ? null : Math.round((named / managers) * 10) / 10;
  let advice: string | null = null;
  if (managers === null && named !== null)
    advice = `No key-account team is named yet: ${n(named)} accounts at about ${settings.books.high} per manager need ${n(Math.ceil(named / settings.books.high))} or more key-account managers.`;
  else if (perManager !== null && perManager > settings.books.high)
    advice = `${perManager} named accounts per manager is a territory, not a key-account book: keep the top ${n((managers ?? 0) * settings.books.high)} as named accounts and move the rest to the field tiers, or add managers.`;
  else if (perManager !== null && perManager < settings.books.low)
    advice = `${perManager} named accounts per manager leaves room: add the next groups by potential, or give managers a share of the top field segment.`;
  const count = named !== null && named > 40 ? 3 : 2;
  return {
    kind: 'key-accounts',
    methodId: fit.methodId,
    methodTitle: fit.title,
    unit: 'named accounts',
    universe: named,
    purpose: withUnit(template.purpose, org.unit),
    reasons,
    segments: shaping.segments,
    count: { min: 2, max: count },
    countReason:
      named === null
        ? 'Key accounts are counted by name, not as a segment count: two tiers (strategic and key) until the number of named accounts is known.'
        : `Key accounts are counted by name: ${n(named)} named accounts${perManager === null ? '' : `, ${perManager} per manager`}, in ${count === 2 ? 'two tiers' : 'two or three tiers'}.`,
    grid: null,
    books: { accounts: named, managers, perManager, advice },
  };
}

/** An overlay or partner layer built from a method's or a template's shapes, without capacity balancing. */
function simpleLayer(
  context: PlanContext,
  org: Organisation,
  kind: DesignLayer['kind'],
  fit: MethodFit,
  method: Method | undefined,
  reasons: Reason[],
): DesignLayer {
  const { design: settings } = context.prepared.bundle;
  const partner = kind === 'partners';
  const template = partner ? settings.partners : undefined;
  const shapes = template?.segments ?? method?.design.segments ?? [];
  const partnerOrg: Organisation = partner ? { ...org, unit: { one: 'partner', many: 'partners' } } : org;
  const shaping = shapeSegments(context, shapes, partnerOrg, null, template?.topCallsPerYear ?? 0, kind !== 'overlay');
  // An overlay shapes what happens inside base calls; it plans no calls of its own.
  const segments: DesignSegment[] =
    kind === 'overlay'
      ? shaping.segments.map((s) => ({ ...s, units: null, treatment: { ...s.treatment, callsPerYear: 0 } }))
      : shaping.segments;
  const range = method?.design.count ?? { min: Math.max(1, segments.length), max: Math.max(1, segments.length) };
  return {
    kind,
    methodId: fit.methodId,
    methodTitle: fit.title,
    unit: partner ? 'partners' : org.unit.many,
    universe: null,
    purpose: withUnit(template?.purpose ?? method?.design.purpose ?? '', org.unit),
    reasons,
    segments,
    count: partner ? { min: segments.length, max: segments.length } : range,
    countReason: partner
      ? `Partners are tiered in ${segments.length} tiers by the potential in their trade area and your share of it.`
      : segments.length === 0
        ? `The research finds the segments; expect ${range.min} to ${range.max}, each placed on every ${org.unit.one} by a short typing rule.`
        : `${range.min === range.max ? range.min : `${range.min} to ${range.max}`} groups, inside the base segments: enough to change the conversation, few enough to remember.`,
    grid: null,
    books: null,
  };
}

/**
 * The segment design (DOMAIN.md section I): a base layer from the best-ranked method that can set
 * coverage, and the key-account, partner and overlay layers that layer rules call for. Base segments are
 * placed in the organisation's channels, sized to its units, balanced against field capacity, and merged
 * where treatments coincide or exceed what the company can fund.
 */
export function buildDesign(
  context: PlanContext,
  method: MethodRecommendation,
  findings: readonly MistakeFinding[],
  limit: {
    readonly ceiling: number;
    readonly binding: string;
    readonly fieldCeiling: number | null;
    readonly fieldBinding: string;
  },
): Design {
  const { design: settings } = context.prepared.bundle;
  const org = readOrganisation(context);
  const methods = methodById(context);
  const ranking = method.ranking;
  const base = chooseBase(context, ranking, methods, findings);
  const baseFit = base?.fit;
  const layers: DesignLayer[] = [];
  const assumptions: string[] = [];
  const adjustments: string[] = [];
  const top = firstHolding(context, settings.topCallsPerYear)?.value ?? 12;

  let baseSegments: DesignSegment[] = [];
  if (baseFit !== undefined) {
    const baseMethod = methods.get(baseFit.methodId);
    const shaping = shapeSegments(context, baseMethod?.design.segments ?? [], org, org.units.value, top);
    mergeSegments(shaping, org.units.value, limit);
    balanceField(context, shaping, org, top);
    balanceInside(context, shaping, org);
    mergeAlike(shaping, org.units.value);
    adjustments.push(...shaping.adjustments);
    baseSegments = shaping.segments;
    const count = Math.max(1, baseSegments.length);
    layers.push({
      kind: 'base',
      methodId: baseFit.methodId,
      methodTitle: baseFit.title,
      unit: org.unit.many,
      universe: org.units.value,
      purpose: withUnit(baseMethod?.design.purpose ?? '', org.unit),
      reasons: [...baseReasons(baseFit, ranking, base?.passedOver ?? []), ...(base?.tradeOffs ?? [])],
      segments: baseSegments,
      count: { min: count, max: count },
      countReason: baseCountReason(baseSegments, org),
      grid: gridOf(baseMethod, baseSegments),
      books: null,
    });
    assumptions.push(
      `Segment shares are ${baseMethod?.title ?? 'the method'}'s typical shares (${baseSegments
        .filter((s) => s.shareSource === 'assumed')
        .map((s) => `${s.name} ${Math.round(s.share * 100)}%`)
        .join(', ')}); replace them with the real shares once every ${org.unit.one} is scored.`,
      `The top segment's frequency starts from ${top} calls a year, the usual level for this kind of business, before it is fitted to capacity.`,
    );
    if (!org.routesAnswered)
      assumptions.push(
        'The routes to market are not answered, so the design assumes field reps and digital channels only.',
      );
  }

  const used = new Set(baseFit === undefined ? [] : [baseFit.methodId]);
  const added = new Set<DesignLayer['kind']>();
  for (const rule of context.prepared.rules.layer) {
    if (added.has(rule.layer) || !holds(context, rule.when)) continue;
    const fit = bestFor(ranking, methods, rule.layer, rule.methods, rule.layer === 'overlay' ? used : new Set());
    if (fit === undefined) continue;
    const reasons = [reasonFor(context, rule.id, rule.because, rule.when)];
    layers.push(
      rule.layer === 'key-accounts'
        ? keyAccountLayer(context, org, fit, reasons)
        : simpleLayer(context, org, rule.layer, fit, methods.get(fit.methodId), reasons),
    );
    added.add(rule.layer);
    used.add(fit.methodId);
  }
  layers.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);

  // Named accounts owned by field reps (no key-account team) take field calls too; while their number
  // is unknown they cannot be counted, and the plan says so.
  // Named as their layer's unit ("Strategic groups"), so the demand never reads as two base segments.
  const named = layers
    .filter((l) => l.kind === 'key-accounts')
    .flatMap((l) => l.segments.map((s) => ({ ...s, name: `${s.name} ${l.unit}` })))
    .filter((s) => s.treatment.channel === 'field' && s.treatment.callsPerYear > 0);
  const counted = named.every((s) => s.units !== null);
  const balance = capacityBalance(
    org,
    baseSegments,
    settings,
    adjustments,
    (id) => questionTopic(context, id),
    counted ? named : [],
  );
  // The question the respondent can see: the key-account count with a key-account team, else the groups.
  const namedQuestion = [org.keyAccounts.questionId, org.groups.questionId].find(
    (id) => id !== undefined && answerStatus(context, id) !== 'hidden',
  );
  const capacity =
    counted || namedQuestion === undefined
      ? balance
      : {
          ...balance,
          advice: [
            ...balance.advice,
            `Field reps own the named accounts, whose visits are not counted yet: answer ${questionTopic(context, namedQuestion)} to add them to the field's load.`,
          ],
        };
  return { layers, capacity, assumptions, headline: headline(layers, capacity.channels, org) };
}

/** The method's grid with each cell pointing at the segment that now holds it (merges keep the first id). */
function gridOf(method: Method | undefined, segments: readonly DesignSegment[]): DesignLayer['grid'] {
  const grid = method?.design.grid;
  if (grid === undefined) return null;
  const holder = new Map<string, string>();
  for (const s of segments) for (const id of s.mergedFrom.length > 0 ? s.mergedFrom : [s.id]) holder.set(id, s.id);
  return {
    rowLabel: grid.rows.label,
    columnLabel: grid.columns.label,
    rows: [...grid.rows.values],
    columns: [...grid.columns.values],
    cells: grid.cells.map((row) => row.map((id) => holder.get(id) ?? id)),
  };
}

/** The design's facts as answers a condition can read (see src/schema/design-facts.ts). */
export function designFacts(design: Design): Map<string, string[]> {
  const base = design.layers.find((l) => l.kind === 'base');
  const channels = [
    ...new Set([
      ...(base?.segments ?? []).map((s) => s.treatment.channel),
      ...design.layers
        .filter((l) => l.kind === 'key-accounts')
        .flatMap((l) => l.segments.map((s) => s.treatment.channel)),
    ]),
  ];
  const layers = design.layers.filter((l) => l.kind !== 'base').map((l) => l.kind);
  return new Map<string, string[]>([
    ['design.channels', channels],
    ['design.layers', layers],
  ]);
}

const ORDER: Readonly<Record<DesignLayer['kind'], number>> = { base: 0, 'key-accounts': 1, partners: 2, overlay: 3 };

/** The question's topic, for sentences that name a missing answer. */
function questionTopic(context: PlanContext, questionId: string): string {
  return context.prepared.questionById.get(questionId)?.question.topic ?? questionId;
}

/** Why the base has this many segments. */
function baseCountReason(segments: readonly DesignSegment[], org: Organisation): string {
  const channels = [...new Set(segments.map((s) => channelName(s.treatment.channel)))];
  return `${segments.length} base segment${segments.length === 1 ? '' : 's'}: one per distinct treatment the ${org.unit.many} get (${channels.join(', ')}), after merging any two treated alike and fitting the field's capacity.`;
}

/** The design in one sentence. */
/** A title inside a sentence: its first letter lower-cased, acronyms kept ("behavioural segmentation (RFM)"). */
const lowerFirst = (title: string): string =>
  /^[A-Z][a-z]/.test(title) ? `${title.charAt(0).toLowerCase()}${title.slice(1)}` : title;

function headline(layers: readonly DesignLayer[], channels: Design['capacity']['channels'], org: Organisation): string {
  const base = layers.find((l) => l.kind === 'base');
  if (base === undefined)
    return 'No method can set coverage for these answers yet; the blockers say what must change first.';
  const others = layers.filter((l) => l.kind !== 'base');
  const field = channels.find((c) => c.channel === 'field');
  const parts = [
    `${base.methodTitle} sorts ${base.universe === null ? 'the' : n(base.universe)} ${org.unit.many} into ${base.segments.length} segments (${base.segments.map((s) => s.name).join(', ')})`,
    ...others.map((l) =>
      l.kind === 'key-accounts'
        ? `${l.universe === null ? 'named' : n(l.universe)} key accounts get named owners`
        : l.kind === 'partners'
          ? 'partners are tiered'
          : `a ${lowerFirst(l.methodTitle)} overlay works inside them`,
    ),
  ];
  const capacity =
    field?.utilisation === null || field?.utilisation === undefined
      ? ''
      : `; field capacity is ${Math.round(field.utilisation * 100)}% used`;
  return `${parts.join('; ')}${capacity}.`;
}
