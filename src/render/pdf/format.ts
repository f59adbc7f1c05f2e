/** Text formatting shared by the sections. Fixed English month names keep the output identical on every machine. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** An ISO date as the reader expects it: `3 Feb 2027`. Anything else is shown as written. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1];
  if (match === null || month === undefined) return iso;
  return `${Number(match[3])} ${month} ${match[1] ?? ''}`;
}

/** A phase's dates, `3 Feb 2027 – 14 Mar 2027`, or `Skipped` when it has none. */
export function formatDateRange(start: string | null, end: string | null): string {
  return start === null || end === null ? 'Skipped' : `${formatDate(start)} – ${formatDate(end)}`;
}

/** `1 month`, `6 months`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** An answer's labels as a quotation: `“A”, “B”`. */
export function quoteLabels(labels: readonly string[]): string {
  return labels.map((l) => `“${l}”`).join(', ');
}

/** Upper-case the first letter: risk and impact levels read as labels. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
