/**
 * Text made printable before the PDF lays it out. Two passes, because the second needs the fonts
 * the first one's text asks for:
 *
 * 1. `cleanText`, on every string: invisible characters that a PDF cannot show are taken out
 *    (direction marks and isolates copied from chat apps, control characters), tabs become spaces,
 *    every kind of line break becomes `\n`, broken UTF-16 becomes U+FFFD, and the text is put in
 *    composed form (NFC) so an accent typed as a separate mark prints as the accented letter.
 * 2. `withoutMissingGlyphs`, once the fonts are loaded: a character that none of the plan's fonts
 *    has is replaced. Left alone, react-pdf would draw it in Helvetica's single-byte encoding, where
 *    Arabic, emoji or "≥" come out as wrong Latin letters piled on top of each other. A few common
 *    symbols get a plain-text spelling ("≥" becomes ">="); anything else becomes U+FFFD, the
 *    replacement character, which every Noto Sans subset has.
 */

import { segments } from './text-width.ts';

/** Direction marks, embeddings, overrides and isolates: they order right-to-left text and have no glyph. */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** C0 and C1 control characters other than tab, line feed, carriage return and NEL (handled as breaks). */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/gu;
/** Every line break a pasted text may carry: CR LF, CR, NEL, line and paragraph separators. */
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/gu;
/** A surrogate without its partner: possible only in a hand-written JSON file, and not text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** The text as the PDF should print it, before fonts are chosen (pass 1 above). */
export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(LINE_BREAKS, '\n')
    .replace(/\t/gu, ' ')
    .replace(CONTROLS, '')
    .replace(DIRECTION_CONTROLS, '')
    .normalize('NFC');
}

/** The value with `change` applied to every string in it, through plain objects and lists; other values are kept. */
export function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, change)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, change)])) as T;
  return value;
}

/** Whether some font of the plan has a glyph for the code point. */
export type GlyphCoverage = (codePoint: number) => boolean;

/**
 * Characters that need no glyph: joiners, variation selectors, word joiner, byte-order mark and soft
 * hyphen. When no font has one, it is dropped rather than replaced.
 */
const INVISIBLE = /^[\u00AD\u200B-\u200D\u2060\uFE00-\uFE0F\uFEFF]$/u;

/** Plain-text spellings of symbols people type in notes, used when no font of the plan has the symbol. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
};

export const REPLACEMENT = '\uFFFD';

/** A space character of some width; one that no font has prints as an ordinary space. */
const SPACE = /^\p{Zs}$/u;
/** Figure space and narrow no-break space (French puts one before "€") must not break a line either. */
const spaceFor = (space: string): string => (space === '\u2007' || space === '\u202F' ? '\u00A0' : ' ');

const printableAscii = (codePoint: number): boolean => codePoint >= 0x20 && codePoint < 0x7f;

/**
 * The text with every character that no font has replaced (pass 2 above). A character is judged
 * with what surrounds it in the same grapheme: an emoji with its skin tone, or a letter with its
 * accents, becomes one replacement character, not several.
 */
export function replaceMissingGlyphs(text: string, covers: GlyphCoverage): string {
  let complete = true;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char !== '\n' && !printableAscii(codePoint) && !covers(codePoint)) {
      complete = false;
      break;
    }
  }
  if (complete) return text;
  let result = '';
  for (const segment of segments(text)) {
    const codePoints = Array.from(segment);
    const missing = codePoints.filter((char) => {
      const codePoint = char.codePointAt(0) ?? 0;
      return char !== '\n' && !printableAscii(codePoint) && !covers(codePoint);
    });
    if (missing.length === 0) result += segment;
    else if (missing.every((char) => INVISIBLE.test(char)))
      result += codePoints.filter((char) => !missing.includes(char)).join('');
    else result += SPELLED_OUT[segment] ?? (SPACE.test(segment) ? spaceFor(segment) : REPLACEMENT);
  }
  return result;
}

/** `replaceMissingGlyphs` on every string in the value. */
export function withoutMissingGlyphs<T>(value: T, covers: GlyphCoverage): T {
  return mapStrings(value, (text) => replaceMissingGlyphs(text, covers));
}
