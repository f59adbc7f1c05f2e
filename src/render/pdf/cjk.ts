/**
 * CJK detection. The CJK fonts are large (8 MB for Chinese, 4.5 MB for Korean), so each is loaded
 * only when some text needs it: Han, kana, CJK punctuation and full-width forms for the Chinese
 * font, Hangul for the Korean one.
 */
const CJK =
  /[\u2E80-\u2FDF\u3000-\u30FF\u3100-\u31FF\u3200-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{3134F}]/u;

/** Whether the text holds at least one CJK character. */
export function containsCjk(text: string): boolean {
  return CJK.test(text);
}

/** Hangul: jamo, compatibility jamo and syllables. The Chinese font has none of it. */
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7FF]/u;
/** Han ideographs and radicals, kana and bopomofo: the Chinese font has them all, the Korean one only some. */
const HAN_OR_KANA =
  /[\u2E80-\u2FDF\u3040-\u30FF\u3100-\u312F\u31A0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\u{20000}-\u{3134F}]/u;

/** The CJK fonts a text needs. */
export interface CjkFonts {
  /** The Chinese font: for Han or kana, or for CJK punctuation and full-width forms in text without Hangul. */
  readonly cjk: boolean;
  /** The Korean font: for Hangul (it also has the CJK punctuation Korean text uses). */
  readonly korean: boolean;
}

/** Which CJK fonts the text needs; react-pdf reads every font in the list it is given, so each is listed only when needed. */
export function cjkFontsFor(text: string): CjkFonts {
  const korean = HANGUL.test(text);
  return { korean, cjk: HAN_OR_KANA.test(text) || (!korean && CJK.test(text)) };
}

/** One CJK character, or a run of anything else. Used to let lines break between CJK characters. */
export const CJK_OR_RUN = new RegExp(`${CJK.source}|(?:(?!${CJK.source}).)+`, 'gsu');
