import type { DesignSettings } from '../../schema/catalogue.ts';
import type { Channel } from '../../schema/plan/design.ts';
import { holds, type PlanContext } from '../evidence.ts';

/** A number answer the design reads, with the question it came from. */
export interface Figure {
  readonly questionId: string | undefined;
  /** The answer; null when unanswered, hidden, "don't know" or not asked. */
  readonly value: number | null;
}

/** What the design needs to know about the organisation, read once per plan. */
export interface Organisation {
  /** The unit segmented, as the plan names it. */
  readonly unit: { readonly one: string; readonly many: string };
  readonly units: Figure;
  readonly groups: Figure;
  /** The channels the organisation has, from its routes to market; field and digital when unanswered. */
  readonly channels: ReadonlySet<Channel>;
  /** Whether the routes question was answered (if not, channels are assumed). */
  readonly routesAnswered: boolean;
  readonly fieldReps: Figure;
  readonly callsPerRep: Figure;
  readonly keyAccountManagers: Figure;
  readonly keyAccounts: Figure;
  readonly insideReps: Figure;
  readonly insideCalls: Figure;
  readonly treatments: Figure;
}

const FALLBACK_UNIT = { one: 'account', many: 'accounts' } as const;

/** A number answer by the design input's question id. */
function figure(context: PlanContext, questionId: string | undefined): Figure {
  const value = questionId === undefined ? undefined : context.seen.get(questionId);
  return { questionId, value: typeof value === 'number' && Number.isFinite(value) ? value : null };
}

/** Read the organisation's facts from the answers, through the design's input map. */
export function readOrganisation(context: PlanContext): Organisation {
  const settings: DesignSettings = context.prepared.bundle.design;
  const { inputs } = settings;
  const unitAnswer = inputs.unit === undefined ? undefined : context.seen.get(inputs.unit);
  const unitQuestion = inputs.unit === undefined ? undefined : context.prepared.questionById.get(inputs.unit);
  const noun =
    typeof unitAnswer === 'string' ? unitQuestion?.question.options?.find((o) => o.id === unitAnswer)?.noun : undefined;
  const routes = inputs.routes === undefined ? undefined : context.seen.get(inputs.routes);
  const routeList = Array.isArray(routes) ? routes : null;
  const channels = new Set<Channel>(['digital']);
  if (routeList === null) channels.add('field');
  else
    for (const route of routeList) {
      const channel = Object.hasOwn(settings.routeChannels, route) ? settings.routeChannels[route] : undefined;
      if (channel !== undefined) channels.add(channel);
    }
  return {
    unit: noun ?? FALLBACK_UNIT,
    units: figure(context, inputs.units),
    groups: figure(context, inputs.groups),
    channels,
    routesAnswered: routeList !== null,
    fieldReps: figure(context, inputs.fieldReps),
    callsPerRep: figure(context, inputs.callsPerRep),
    keyAccountManagers: figure(context, inputs.keyAccountManagers),
    keyAccounts: figure(context, inputs.keyAccounts),
    insideReps: figure(context, inputs.insideReps),
    insideCalls: figure(context, inputs.insideCalls),
    treatments: figure(context, inputs.treatments),
  };
}

/** The first conditional entry whose `when` holds (the last has none and always does). */
export function firstHolding<T extends { readonly when?: Parameters<typeof holds>[1] | undefined }>(
  context: PlanContext,
  entries: readonly T[],
): T | undefined {
  return entries.find((e) => e.when === undefined || holds(context, e.when));
}

/** Who owns a segment in a channel, in the organisation's terms. */
export function ownerFor(context: PlanContext, channel: Channel): string {
  return firstHolding(context, context.prepared.bundle.design.owners[channel])?.text ?? channel;
}

/** Fill `{unit}` and `{units}` in a content text. */
export function withUnit(text: string, unit: Organisation['unit']): string {
  return text.replaceAll('{units}', unit.many).replaceAll('{unit}', unit.one);
}
