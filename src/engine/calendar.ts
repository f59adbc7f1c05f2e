/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), done in UTC so the result never depends on
 * the machine's time zone. Nothing here reads the clock: the engine must stay deterministic.
 */
import { ISO_DATE } from '../schema/calendar-date.ts';

export { isCalendarDate } from '../schema/calendar-date.ts';

const DAY_MS = 86_400_000;

/** The ISO date `days` days after `iso` (before, if negative). `iso` must be a calendar date. */
export function addDays(iso: string, days: number): string {
  const match = ISO_DATE.exec(iso);
  const ms = Date.UTC(Number(match?.[1]), Number(match?.[2]) - 1, Number(match?.[3])) + days * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}
