/**
 * Numbers as people type them. "12,000", "12 000", "12.000" (in German) and "12000" are the same
 * number to a sales leader, so the questionnaire accepts the digit grouping of the respondent's
 * locale and spaces, and the locale's decimal mark. Nothing here touches the DOM: the locale is a
 * parameter, and the questionnaire passes the browser's.
 */

/** The locale the browser reports, or English where there is none (tests, the command line). */
export function inputLocale(): string {
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return nav?.language !== undefined && nav.language !== '' ? nav.language : 'en';
}

/** A locale's digit-group and decimal marks, e.g. `,` and `.` in English, `.` and `,` in German. */
export function numberMarks(locale: string): { group: string; decimal: string } {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  } catch {
    parts = new Intl.NumberFormat('en').formatToParts(12345.6);
  }
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/** Every kind of space a keyboard or a copied figure may bring: space, no-break and narrow no-break space, thin space. */
const SPACES = /[\s\u00a0\u202f\u2009]/;

/** Whether the digits after position `i` form a digit group: three digits, or two more before another mark (India's lakh and crore). */
function groupFollows(text: string, i: number, isMark: (c: string) => boolean): boolean {
  const run = /^\d+/.exec(text.slice(i + 1))?.[0] ?? '';
  if (run.length === 3) return true;
  return run.length === 2 && isMark(text.charAt(i + 3)) && /\d/.test(text.charAt(i + 4));
}

/**
 * The number a respondent typed, or null when it is not one. Digit groups may be separated by the
 * locale's group mark or by spaces, between digits and before a group of three; the decimal mark is
 * the locale's, and a full stop is also read as one wherever it cannot be a group mark ("12.5" in
 * German). A mark in a place that fits neither ("12,5" in English) makes the text not a number,
 * so the respondent is asked again rather than given a number ten times too large.
 */
export function parseNumberInput(text: string, locale: string = inputLocale()): number | null {
  const { group, decimal } = numberMarks(locale);
  const trimmed = text.trim().replace(/^[\u2212\u2013]/, '-');
  if (trimmed === '') return null;
  const isMark = (c: string): boolean => c === group || SPACES.test(c) || (SPACES.test(group) && SPACES.test(c));
  let normal = '';
  for (let i = 0; i < trimmed.length; i += 1) {
    const c = trimmed.charAt(i);
    const afterDigit = /\d/.test(trimmed.charAt(i - 1));
    if (/\d/.test(c) || (c === '-' && i === 0)) normal += c;
    else if (isMark(c) && afterDigit && !normal.includes('.') && groupFollows(trimmed, i, isMark)) continue;
    else if ((c === decimal || c === '.') && afterDigit) normal += '.';
    else return null;
  }
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** A number as the respondent's locale writes it, for hints and messages: `5,000,000` in English. */
export function formatInputNumber(value: number, locale: string = inputLocale()): string {
  try {
    return value.toLocaleString(locale);
  } catch {
    return value.toLocaleString('en');
  }
}
