import { describe, expect, it } from 'vitest';
import {
  cleanText,
  mapStrings,
  replaceMissingGlyphs,
  withoutMissingGlyphs,
} from '../../../src/render/pdf/printable.ts';

describe('cleanText (pass 1: before fonts are chosen)', () => {
  it('takes out direction marks and isolates copied from chat apps, leaving the words', () => {
    expect(cleanText('\u2068Dana Whitfield\u2069 agreed; \u202AEMEA\u202C first; \u200EVP\u200F')).toBe(
      'Dana Whitfield agreed; EMEA first; VP',
    );
  });

  it('takes out control characters, turns tabs into spaces and every line break into a line feed', () => {
    expect(cleanText('col1\tcol2\r\nrow2\rrow3\u2028row4\u0085row5')).toBe('col1 col2\nrow2\nrow3\nrow4\nrow5');
    expect(cleanText('bell\u0007 null\u0000 esc\u001b del\u007f c1\u0090 end')).toBe('bell null esc del c1 end');
  });

  it('composes accents typed as separate marks, and replaces a lone surrogate', () => {
    expect(cleanText('Me\u0301dical')).toBe('Médical');
    expect(cleanText('North\uD800wind \uDC00')).toBe('North\uFFFDwind \uFFFD');
    // A complete pair is kept.
    expect(cleanText('rocket 🚀')).toBe('rocket 🚀');
  });
});

describe('replaceMissingGlyphs (pass 2: once the fonts are loaded)', () => {
  // A font list that has ASCII, Latin-1, the euro sign and U+FFFD, like a small Noto Sans Latin.
  const latin = (codePoint: number): boolean => codePoint <= 0xff || codePoint === 0x20ac || codePoint === 0xfffd;

  it('leaves text that the fonts cover as it is', () => {
    const text = 'Northwind Médical: 3 to 5 segments.\nNext line';
    expect(replaceMissingGlyphs(text, latin)).toBe(text);
  });

  it('replaces each character no font has with one replacement character per grapheme', () => {
    expect(replaceMissingGlyphs('شركة 2025', latin)).toBe('\uFFFD\uFFFD\uFFFD\uFFFD 2025');
    // A thumb with a skin tone, a flag and a heart with its emoji selector are one grapheme each.
    expect(replaceMissingGlyphs('ok 👍🏽 🇫🇷 ❤️', latin)).toBe('ok \uFFFD \uFFFD \uFFFD');
  });

  it('spells out common symbols, keeps spaces as spaces and drops invisible characters no font has', () => {
    expect(replaceMissingGlyphs('≥ 50 → tier A, ≤ 5 ≠ 6', latin)).toBe('>= 50 -> tier A, <= 5 != 6');
    expect(replaceMissingGlyphs('100\u202F€ and 2\u2009000', latin)).toBe('100\u00A0€ and 2 000');
    expect(replaceMissingGlyphs('North\u200Bwind\u2060', latin)).toBe('Northwind');
  });

  it('keeps a character that some font of the list has', () => {
    const withArrows = (codePoint: number): boolean => latin(codePoint) || codePoint === 0x2192;
    expect(replaceMissingGlyphs('a → b', withArrows)).toBe('a → b');
  });

  it('works through nested objects and lists, leaving other values alone', () => {
    const date = new Date('2026-11-24T00:00:00Z');
    const value = { name: 'Northwind 🚀', list: ['≥ 5', 3, null], nested: { date } };
    expect(withoutMissingGlyphs(value, latin)).toEqual({
      name: 'Northwind \uFFFD',
      list: ['>= 5', 3, null],
      nested: { date },
    });
    expect(mapStrings(value, (s) => s.toUpperCase()).name).toBe('NORTHWIND 🚀');
  });
});
