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

/** Hangul: jamo, compatibility jamo and syllables. The Chinese font has none of it; Korean has its own font. */
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7FF]/u;
const CJK_ALL = new RegExp(CJK.source, 'gu');

/** Whether the text holds Hangul, which needs the Korean font. */
export function containsHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** Whether the text holds a CJK character other than Hangul (Han, kana, CJK punctuation), which needs the Chinese font. */
export function containsHanOrKana(text: string): boolean {
  return (text.match(CJK_ALL) ?? []).some((c) => !HANGUL.test(c));
}

/** One CJK character, or a run of anything else. Used to let lines break between CJK characters. */
export const CJK_OR_RUN = new RegExp(`${CJK.source}|(?:(?!${CJK.source}).)+`, 'gsu');
