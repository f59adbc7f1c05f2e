/**
 * Which characters each shipped Noto Sans subset covers: the ranges of @fontsource/noto-sans
 * (its `unicode.json`; a unit test keeps the two equal). The Latin subset is always used. The
 * others join the font list only when the text has a character in their range, as the CJK font
 * does: font fallback costs react-pdf a check of every character against each font in the list.
 */
export const SUBSET_RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  vietnamese:
    'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
  greek: 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
} as const;

/** A subset used only when the text needs it, in the order the font list tries them. */
export type ExtraSubset = Exclude<keyof typeof SUBSET_RANGES, 'latin'>;
export const EXTRA_SUBSETS: readonly ExtraSubset[] = ['latin-ext', 'vietnamese', 'greek', 'cyrillic'];

/** A character class for the characters of a subset written as CSS `unicode-range` values. */
function characterClass(ranges: string, negated: boolean, flags = 'u'): RegExp {
  const hex = (h: string) => `\\u{${h}}`;
  const parts = ranges.split(',').map((range) => {
    const [from = '', to] = range.replace('U+', '').split('-');
    return to === undefined ? hex(from) : `${hex(from)}-${hex(to)}`;
  });
  return new RegExp(`[${negated ? '^' : ''}${parts.join('')}]`, flags);
}

const OUTSIDE_LATIN = characterClass(SUBSET_RANGES.latin, true, 'gu');
const INSIDE = new Map(EXTRA_SUBSETS.map((s) => [s, characterClass(SUBSET_RANGES[s], false)]));

/**
 * The subsets beyond Latin that the text needs: each one holding a character the Latin font does
 * not have. Characters no subset covers (Arabic, say) add nothing; the PDF prints U+FFFD in their
 * place (see printable.ts).
 */
export function extraSubsetsFor(text: string): ExtraSubset[] {
  const beyond = text.match(OUTSIDE_LATIN)?.join('') ?? '';
  if (beyond === '') return [];
  return EXTRA_SUBSETS.filter((s) => INSIDE.get(s)?.test(beyond) === true);
}
