/**
 * Which characters the Noto Sans Latin font covers: the ranges of the `latin` subset in
 * @fontsource/noto-sans (its `unicode.json`; a unit test keeps the two equal). Text made only of
 * these is set with the Latin font alone. Font fallback costs react-pdf a check of every character
 * against each font in the list, so the Latin Extended font joins the list only when a character
 * needs it, as the CJK font does.
 */
export const LATIN_SUBSET =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

/** A character class matching one character outside a subset written as CSS `unicode-range` values. */
function outside(ranges: string): RegExp {
  const hex = (h: string) => `\\u{${h}}`;
  const parts = ranges.split(',').map((range) => {
    const [from = '', to] = range.replace('U+', '').split('-');
    return to === undefined ? hex(from) : `${hex(from)}-${hex(to)}`;
  });
  return new RegExp(`[^${parts.join('')}]`, 'u');
}

const OUTSIDE_LATIN = outside(LATIN_SUBSET);

/** Whether the text holds a character the Latin font does not have (ő, ł, ș, Greek, CJK and so on). */
export function needsMoreThanLatin(text: string): boolean {
  return OUTSIDE_LATIN.test(text);
}
