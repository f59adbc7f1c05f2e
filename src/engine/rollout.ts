import type { RolloutPhasePlan, RolloutPlan } from '../schema/plan/index.ts';
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

/**
 * The rollout timeline. Every phase is in by default for its typical weeks; a matched `skip`
 * rule removes it and matched `addWeeks` rules lengthen or shorten it (never below one week).
 * Each phase keeps its owner and the lines of its lists that fit the answers (src/engine/lines.ts).
 * Phases run back to back; each `end` is the phase's last day.
 */
export function rolloutPlan(context: PlanContext, documentDate: string): RolloutPlan {
  const { bundle, rules } = context.prepared;
  const { start, source } = rolloutStart(context, documentDate);
  let cursor = start;
  let totalWeeks = 0;
  let end = addDays(start, -1);
  const phases = bundle.rollout.map((phase): RolloutPhasePlan => {
    const matched = rules.rollout.filter((r) => r.phase === phase.id && holds(context, r.when));
    const skippedBecause = matched
      .filter((r) => r.skip === true)
      .map((r) => reasonFor(context, r.id, r.because, r.when));
    const adjustments = matched
      .filter((r) => r.addWeeks !== undefined)
      .map((r) => ({ ...reasonFor(context, r.id, r.because, r.when), addWeeks: r.addWeeks ?? 0 }));
    const included = skippedBecause.length === 0;
    const weeks = included ? Math.max(1, phase.weeks.typical + adjustments.reduce((sum, a) => sum + a.addWeeks, 0)) : 0;
    let phaseStart: string | null = null;
    let phaseEnd: string | null = null;
    if (included) {
      phaseStart = cursor;
      phaseEnd = addDays(cursor, weeks * 7 - 1);
      cursor = addDays(phaseEnd, 1);
      end = phaseEnd;
      totalWeeks += weeks;
    }
    return {
      phaseId: phase.id,
      title: phase.title,
      order: phase.order,
      included,
      start: phaseStart,
      end: phaseEnd,
      weeks,
      typicalWeeks: phase.weeks.typical,
      adjustments,
      skippedBecause,
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
  });
  return { start, startSource: source, end: totalWeeks === 0 ? start : end, totalWeeks, phases };
}
