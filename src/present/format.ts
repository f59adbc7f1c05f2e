/**
 * How the plan's values read, the same on the results page, in the PDF and in the Markdown plan.
 * Fixed English month names and en-GB digit grouping keep the output identical on every machine.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The short English name of a month, 1 to 12. */
export const monthName = (month: number): string => MONTHS[month - 1] ?? '';

/** An ISO date as the reader expects it: `3 Feb 2027`. Anything else is shown as written. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match === null ? '' : monthName(Number(match[2]));
  if (match === null || month === '') return iso;
  return `${Number(match[3])} ${month} ${match[1] ?? ''}`;
}

/** A phase's dates, `3 Feb 2027 to 14 Mar 2027`, or `Skipped` when it has none. */
export function formatDateRange(start: string | null, end: string | null): string {
  return start === null || end === null ? 'Skipped' : `${formatDate(start)} to ${formatDate(end)}`;
}

const grouping = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A number with digit grouping and at most one decimal: `1,200`, `12.5`. */
export const formatNumber = (value: number): string => grouping.format(value);

/** An inclusive range of whole numbers: `3 to 4`, or `3` when both ends are the same. */
export function formatRange(min: number, max: number): string {
  return min === max ? formatNumber(min) : `${formatNumber(min)} to ${formatNumber(max)}`;
}

/** A count with its unit: `1 week`, `12 weeks`, `1,200 accounts`. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** A range with its unit, plural unless the whole range is 1: `3 to 4 segments`, `1 segment`. */
export function rangeOf(min: number, max: number, singular: string, plural = `${singular}s`): string {
  return `${formatRange(min, max)} ${max === 1 ? singular : plural}`;
}

/** A review interval in months: `every month`, `every 6 months`, `every year`, `every 2 years`. */
export function everyMonths(months: number): string {
  if (months === 1) return 'every month';
  if (months === 12) return 'every year';
  if (months % 12 === 0) return `every ${formatNumber(months / 12)} years`;
  return `every ${formatNumber(months)} months`;
}

/** A share from 0 to 1 as a whole percentage, `67%`, or `–` when unknown. */
export const formatPercent = (share: number | null): string => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** A 0..100 score rounded for display, or `unknown`. */
export const formatScore = (score: number | null): string => (score === null ? 'unknown' : String(Math.round(score)));

/** An answer's labels as a quotation: `“A”, “B”`. */
export function quoteLabels(labels: readonly string[]): string {
  return labels.map((l) => `“${l}”`).join(', ');
}

/** Labels as a sentence list: `A`, `A and B`, `A, B and C`. */
export function listText(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

/** Upper-case the first letter: risk and impact levels read as labels. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
