/**
 * CJK detection. The CJK font is large (8 MB), so it is loaded only when some text needs it:
 * Han, kana, Hangul, CJK punctuation and full-width forms.
 */
const CJK =
  /[\u2E80-\u2FDF\u3000-\u30FF\u3100-\u31FF\u3200-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{3134F}]/u;

/** Whether the text holds at least one CJK character. */
export function containsCjk(text: string): boolean {
  return CJK.test(text);
}

/** One CJK character, or a run of anything else. Used to let lines break between CJK characters. */
export const CJK_OR_RUN = new RegExp(`${CJK.source}|(?:(?!${CJK.source}).)+`, 'gsu');
