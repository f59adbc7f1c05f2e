/**
 * A rough measure of how wide text prints, for the few places that must fit a space known in
 * advance (the running header, the cover) before react-pdf lays anything out. It counts
 * graphemes: an East Asian wide or full-width character counts 2, anything else 1, so a Chinese
 * name is not allowed twice the room of a Latin one.
 */

/** Hangul, CJK ideographs, kana, CJK punctuation and full-width forms, and the CJK extension planes. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

let graphemes: Intl.Segmenter | undefined;
/** The text's graphemes: what a reader sees as one character (a letter with its accents, an emoji with its modifiers). */
export const segments = (text: string): string[] => {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text), (s) => s.segment);
};

const widthOf = (grapheme: string): number => (WIDE.test(grapheme) ? 2 : 1);

/** The text's width in units of one Latin character. */
export function displayWidth(text: string): number {
  return segments(text).reduce((sum, g) => sum + widthOf(g), 0);
}

/**
 * The text cut to at most `maxWidth` units, ending in "…" when cut. It cuts between graphemes,
 * never inside a letter with its accents, an emoji or a surrogate pair.
 */
export function clipToWidth(text: string, maxWidth: number): string {
  if (displayWidth(text) <= maxWidth) return text;
  let kept = '';
  let width = 0;
  for (const g of segments(text)) {
    // One unit stays free for the ellipsis.
    if (width + widthOf(g) > maxWidth - 1) break;
    kept += g;
    width += widthOf(g);
  }
  return `${kept.trimEnd()}…`;
}
