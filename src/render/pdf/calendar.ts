/** Day arithmetic on ISO dates, in UTC so a time zone never shifts a day. */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date `YYYY-MM-DD`. */
export function dayNumber(iso: string): number {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The first day of each month between two ISO dates (inclusive of the start's month), as day numbers with a label. */
export function monthStarts(startIso: string, endIso: string): { day: number; label: string; year: number }[] {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [y0 = 1970, m0 = 1] = startIso.split('-').map(Number);
  const end = dayNumber(endIso);
  const out: { day: number; label: string; year: number }[] = [];
  for (let i = 0; i < 240; i += 1) {
    const date = new Date(Date.UTC(y0, m0 - 1 + i, 1));
    const day = Math.round(date.getTime() / DAY_MS);
    if (day > end) break;
    out.push({ day, label: months[date.getUTCMonth()] ?? '', year: date.getUTCFullYear() });
  }
  return out;
}
