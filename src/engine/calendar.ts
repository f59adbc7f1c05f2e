/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), done in UTC so the result never depends on
 * the machine's time zone. Nothing here reads the clock: the engine must stay deterministic.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (so `2025-02-30` is not). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The ISO date `days` days after `iso` (before, if negative). `iso` must be a calendar date. */
export function addDays(iso: string, days: number): string {
  const match = ISO_DATE.exec(iso);
  const ms = Date.UTC(Number(match?.[1]), Number(match?.[2]) - 1, Number(match?.[3])) + days * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}
