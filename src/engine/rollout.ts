import type { DesignSettings, RolloutPhase } from '../schema/catalogue.ts';
import type { Condition } from '../schema/condition.ts';
import type { Reason, RolloutPhasePlan, RolloutPlan } from '../schema/plan/index.ts';
import { addDays, isCalendarDate } from './calendar.ts';
import { holds, reasonFor, type PlanContext } from './evidence.ts';
import { resolveLines, resolveText } from './lines.ts';
import { START_DATE_QUESTION } from './prepare.ts';

/** Used only when even the document date is not a date, so the plan still has a timeline. */
const LAST_RESORT_START = '2000-01-03';

/** Where the rollout starts: the planned date if it is a real date, else the answers' date. */
export function rolloutStart(
  context: PlanContext,
  documentDate: string,
): { start: string; source: RolloutPlan['startSource'] } {
  const answer = context.seen.get(START_DATE_QUESTION);
  if (typeof answer === 'string' && isCalendarDate(answer.trim())) return { start: answer.trim(), source: 'answer' };
  return { start: isCalendarDate(documentDate) ? documentDate : LAST_RESORT_START, source: 'document-date' };
}

/** What the rollout needs from the design: the base method's name and typical weeks. */
export interface RolloutInputs {
  readonly methodTitle: string | null;
  readonly methodWeeks: { readonly min: number; readonly max: number } | null;
}

interface PhaseDraft {
  readonly phase: RolloutPhase;
  /** The length before any adjustment: the playbook's typical weeks, or the base method's. */
  readonly typical: number;
  readonly included: boolean;
  readonly weeks: number;
  readonly adjustments: RolloutPhasePlan['adjustments'];
  readonly skippedBecause: Reason[];
  readonly keptBecause: Reason[];
}

/** A phase's planned weeks before the deadline is checked: the typical (or method's) length plus its adjustments. */
function draftPhase(context: PlanContext, phase: RolloutPhase, inputs: RolloutInputs): PhaseDraft {
  const matched = context.prepared.rules.rollout.filter((r) => r.phase === phase.id && holds(context, r.when));
  const reason = (r: (typeof matched)[number]) => reasonFor(context, r.id, r.because, r.when);
  const keptBecause = matched.filter((r) => r.keep === true).map(reason);
  const skippedBecause = keptBecause.length > 0 ? [] : matched.filter((r) => r.skip === true).map(reason);
  const added = matched
    .filter((r) => r.addWeeks !== undefined)
    .map((r) => ({ ...reason(r), addWeeks: r.addWeeks ?? 0 }));
  const methodTypical =
    phase.methodWeeks && inputs.methodWeeks !== null
      ? Math.round((inputs.methodWeeks.min + inputs.methodWeeks.max) / 2)
      : phase.weeks.typical;
  const typical = Math.min(phase.weeks.max, Math.max(phase.weeks.min, methodTypical));
  const included = skippedBecause.length === 0;
  const lengthened = Math.max(1, typical + added.reduce((sum, a) => sum + a.addWeeks, 0));
  // The tightest matched cap applies, shown as the weeks it takes off.
  const cap = matched
    .filter((r) => r.maxWeeks !== undefined && r.maxWeeks < lengthened)
    .sort((a, b) => (a.maxWeeks ?? 0) - (b.maxWeeks ?? 0))[0];
  const adjustments =
    cap === undefined ? added : [...added, { ...reason(cap), addWeeks: (cap.maxWeeks ?? lengthened) - lengthened }];
  const weeks = included ? (cap?.maxWeeks ?? lengthened) : 0;
  return { phase, typical, included, weeks, adjustments, skippedBecause, keptBecause };
}

/** Weeks from the start to the end of the launch phase; null when there is no included launch phase. */
function weeksToLaunch(drafts: readonly PhaseDraft[]): number | null {
  let weeks = 0;
  for (const d of drafts) {
    if (d.included) weeks += d.weeks;
    if (d.phase.launch) return d.included ? weeks : null;
  }
  return null;
}

/** Fill `{name}` placeholders in a content text. */
function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

/** The shortest workable length of a phase: its own minimum (the base method's, for the design phase), never more than planned. */
function shortest(d: PhaseDraft, inputs: RolloutInputs): number {
  const floor =
    d.phase.methodWeeks && inputs.methodWeeks !== null
      ? Math.max(d.phase.weeks.min, inputs.methodWeeks.min)
      : d.phase.weeks.min;
  return Math.min(d.weeks, floor);
}

/**
 * Shortens the included phases up to the launch so the launch falls within `weeks`, taking from each
 * phase the same share of its room above `floor`; a phase never drops below its floor.
 */
function squeeze(
  drafts: readonly PhaseDraft[],
  weeks: number,
  floor: (d: PhaseDraft) => number,
  reason: Reason,
): PhaseDraft[] {
  const launchIndex = drafts.findIndex((d) => d.phase.launch);
  const upTo = (d: PhaseDraft, i: number) => i <= launchIndex && d.included;
  const total = drafts.reduce((sum, d, i) => sum + (upTo(d, i) ? d.weeks : 0), 0);
  const room = drafts.reduce((sum, d, i) => sum + (upTo(d, i) ? d.weeks - floor(d) : 0), 0);
  if (total <= weeks || room <= 0) return [...drafts];
  // Each phase gives up the same share of its room; the weeks left over after rounding down come
  // from the phases with the largest remainders, so the launch lands on the deadline, not before it.
  const need = Math.min(room, total - weeks);
  const exact = drafts.map((d, i) => (upTo(d, i) ? ((d.weeks - floor(d)) * need) / room : 0));
  const cuts = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  let short = need - cuts.reduce((sum, c) => sum + c, 0);
  for (const { i } of order) {
    if (short <= 0) break;
    cuts[i] = (cuts[i] ?? 0) + 1;
    short -= 1;
  }
  return drafts.map((d, i) => {
    const cut = cuts[i] ?? 0;
    return cut === 0
      ? d
      : { ...d, weeks: d.weeks - cut, adjustments: [...d.adjustments, { ...reason, addWeeks: -cut }] };
  });
}

/**
 * When the usual rollout launches after the deadline the answers give (DOMAIN.md section J, urgency).
 * A date the organisation set itself can move, so the plan keeps its phases and says so. A fixed date
 * first shortens every phase up to the launch toward its shortest workable length, keeping the pilot;
 * when that is not enough, the pilot goes (the first cycle after launch is the test), the phases up
 * to the launch shrink further, to no less than half their shortest length, and the segments launch
 * on the data already held,
 * with the fuller method built for the next cycle.
 */
function meetDeadline(
  context: PlanContext,
  drafts: readonly PhaseDraft[],
  deadline: Deadline,
  inputs: RolloutInputs,
): { drafts: PhaseDraft[]; note: string } {
  const planned = weeksToLaunch(drafts) ?? 0;
  const values = (launch: number) => ({
    planned,
    deadline: deadline.weeks,
    launch,
    method: inputs.methodTitle ?? 'the chosen method',
  });
  if (deadline.movable) return { drafts: [...drafts], note: fill(deadline.texts.movable, values(planned)) };

  const because = (ruleId: string, text: string): Reason => ({
    ruleId,
    because: fill(text, values(planned)),
    evidence: reasonFor(context, ruleId, '', deadline.when, deadline.alsoRead).evidence,
  });
  const shortened = because('rollout-deadline-shortened', deadline.texts.shortened);
  const squeezed = squeeze(drafts, deadline.weeks, (d) => shortest(d, inputs), shortened);
  const squeezedLaunch = weeksToLaunch(squeezed) ?? 0;
  if (squeezedLaunch <= deadline.weeks)
    return { drafts: squeezed, note: fill(deadline.texts.compressed, values(squeezedLaunch)) };

  const launchIndex = drafts.findIndex((d) => d.phase.launch);
  const dropped = drafts.map((d, i): PhaseDraft =>
    i < launchIndex && d.included && d.phase.droppedUnderDeadline
      ? {
          ...d,
          included: false,
          weeks: 0,
          keptBecause: [],
          skippedBecause: [because('rollout-deadline-fast-path', deadline.texts.pilotDropped)],
        }
      : d,
  );
  // On the fast path a phase can run at twice its usual pace, no faster: a cascade still needs its meetings.
  const fast = squeeze(dropped, deadline.weeks, (d) => Math.max(1, Math.ceil(shortest(d, inputs) / 2)), shortened);
  const launch = weeksToLaunch(fast) ?? 0;
  return {
    drafts: fast,
    note: fill(launch <= deadline.weeks ? deadline.texts.met : deadline.texts.missed, values(launch)),
  };
}

/**
 * The rollout timeline. Every phase is in by default for its typical weeks (the base method's, for
 * the design phase); a matched `skip` rule removes it unless a `keep` rule holds it, and `addWeeks`
 * rules lengthen or shorten it (never below one week). When the answers give a deadline the usual
 * rollout misses, the phases up to launch are compressed (see `meetDeadline`). Each phase keeps the
 * lines of its lists that fit the answers (src/engine/lines.ts). Phases run back to back; each `end` is the phase's last day.
 */
export function rolloutPlan(context: PlanContext, documentDate: string, inputs: RolloutInputs): RolloutPlan {
  const { bundle } = context.prepared;
  const { start, source } = rolloutStart(context, documentDate);
  let drafts = bundle.rollout.map((phase) => draftPhase(context, phase, inputs));
  const deadline = deadlineFor(context);
  let note: string | null = null;
  const usual = weeksToLaunch(drafts);
  if (deadline !== null && usual !== null && usual > deadline.weeks) {
    const fast = meetDeadline(context, drafts, deadline, inputs);
    drafts = fast.drafts;
    note = fast.note;
  }
  let cursor = start;
  let totalWeeks = 0;
  let end = addDays(start, -1);
  let launch: string | null = null;
  const phases = drafts.map(
    ({ phase, typical, included, weeks, adjustments, skippedBecause, keptBecause }): RolloutPhasePlan => {
      let phaseStart: string | null = null;
      let phaseEnd: string | null = null;
      if (included) {
        phaseStart = cursor;
        phaseEnd = addDays(cursor, weeks * 7 - 1);
        cursor = addDays(phaseEnd, 1);
        end = phaseEnd;
        totalWeeks += weeks;
        if (phase.launch) launch = phaseEnd;
      }
      return {
        phaseId: phase.id,
        title: phase.title,
        order: phase.order,
        included,
        start: phaseStart,
        end: phaseEnd,
        weeks,
        typicalWeeks: typical,
        adjustments,
        skippedBecause,
        keptBecause,
        owner: resolveText(context, phase.owner),
        audiences: resolveLines(context, phase.audiences),
        messages: resolveLines(context, phase.messages),
        materials: resolveLines(context, phase.materials),
        activities: resolveLines(context, phase.activities),
        deliverables: resolveLines(context, phase.deliverables),
        exitCriteria: resolveLines(context, phase.exitCriteria),
        article: `rollout/${phase.id}`,
        sources: [...phase.sources],
      };
    },
  );
  const launchWeeks = weeksToLaunch(drafts);
  return {
    start,
    startSource: source,
    end: totalWeeks === 0 ? start : end,
    totalWeeks,
    launch,
    launchWeeks,
    deadline:
      deadline === null
        ? null
        : {
            weeks: deadline.weeks,
            date: addDays(start, deadline.weeks * 7 - 1),
            met: launchWeeks !== null && launchWeeks <= deadline.weeks,
            note,
          },
    phases,
  };
}

interface Deadline {
  readonly weeks: number;
  /** The organisation set the date itself, so it can move. */
  readonly movable: boolean;
  /** The answers that set the deadline, as a condition that holds, and the cause's question when answered. */
  readonly when: Condition;
  readonly alsoRead: readonly string[];
  readonly texts: NonNullable<DesignSettings['deadline']>;
}

/** The weeks the answers allow before the segments must be in use; null when they set no deadline. */
function deadlineFor(context: PlanContext): Deadline | null {
  const settings = context.prepared.bundle.design.deadline;
  if (settings === undefined) return null;
  const answer = context.seen.get(settings.question);
  if (typeof answer !== 'string' || !Object.hasOwn(settings.weeks, answer)) return null;
  const weeks = settings.weeks[answer];
  if (weeks === undefined) return null;
  const cause = context.seen.get(settings.cause.question);
  const causeGiven = typeof cause === 'string';
  return {
    weeks,
    movable: causeGiven && settings.cause.movable.includes(cause),
    when: { question: settings.question, op: 'is', value: answer },
    alsoRead: causeGiven ? [settings.cause.question] : [],
    texts: settings,
  };
}
