import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { cjkFontsFor, containsCjk } from '../../../src/render/pdf/cjk.ts';
import {
  breakPoints,
  fontNeedsFor,
  PINNED_METRICS,
  pinMetrics,
  registerPdfFonts,
} from '../../../src/render/pdf/fonts.ts';
import { Font as PdfFont } from '@react-pdf/renderer';
import { EXTRA_SUBSETS, extraSubsetsFor, SUBSET_RANGES } from '../../../src/render/pdf/subsets.ts';
import { nodeFontSources } from '../../../src/render/pdf/node.ts';
import { setPostscriptName } from '../../../src/render/pdf/sfnt-name.ts';
import { readSfnt, writeSfnt } from '../../../src/render/pdf/sfnt.ts';
import { isWoff, woffToSfnt } from '../../../src/render/pdf/woff.ts';

describe('containsCjk', () => {
  it('finds Han, kana, Hangul and full-width forms, and nothing in accented Latin', () => {
    for (const text of ['客户细分计划', 'カタカナ', 'ひらがな', '한국어', 'Ａ全角', 'Plan 计划'])
      expect(containsCjk(text), text).toBe(true);
    for (const text of ['Société Générale Médical Ærø', 'Łódź', '“quoted” – dash', ''])
      expect(containsCjk(text), text).toBe(false);
  });
});

describe('cjkFontsFor (which CJK font a text needs)', () => {
  it('sends Hangul to the Korean font, and Han, kana and CJK punctuation without Hangul to the Chinese one', () => {
    const cases: [string, { cjk: boolean; korean: boolean }][] = [
      ['한국어', { cjk: false, korean: true }],
      ['한국제약 「영업」', { cjk: false, korean: true }],
      ['서울 本社', { cjk: true, korean: true }],
      ['客户细分计划', { cjk: true, korean: false }],
      ['カタカナ', { cjk: true, korean: false }],
      ['「引用」', { cjk: true, korean: false }],
      ['Ａ', { cjk: true, korean: false }],
      ['Société Łódź', { cjk: false, korean: false }],
    ];
    for (const [text, fonts] of cases) expect(cjkFontsFor(text), text).toEqual(fonts);
  });
});

describe('registerPdfFonts', () => {
  const label = (family: string): string => family.replace(/ \d+$/, '');

  it('lists Latin first, then only the fonts the text needs, the Chinese font before the Korean one', async () => {
    const sources = nodeFontSources();
    expect((await registerPdfFonts(sources, fontNeedsFor('Société'))).map(label)).toEqual(['SP Noto Sans Latin']);
    expect((await registerPdfFonts(sources, fontNeedsFor('한국제약 「영업」'))).map(label)).toEqual([
      'SP Noto Sans Latin',
      'SP Noto Sans Korean',
    ]);
    expect((await registerPdfFonts(sources, fontNeedsFor('Łódź 서울 本社'))).map(label)).toEqual([
      'SP Noto Sans Latin',
      'SP Noto Sans latin-ext',
      'SP Noto Sans CJK',
      'SP Noto Sans Korean',
    ]);
  });

  it('registers each font once, and a font that failed to load afresh next time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sp-fonts-'));
    try {
      const sources = { ...nodeFontSources(), cjk: join(folder, 'NotoSansHans-Regular.otf') };
      const needs = fontNeedsFor('客户 서울');
      await expect(registerPdfFonts(sources, needs)).rejects.toThrow();
      copyFileSync(nodeFontSources().cjk, sources.cjk);
      const first = await registerPdfFonts(sources, needs);
      expect(first.map(label)).toEqual(['SP Noto Sans Latin', 'SP Noto Sans CJK', 'SP Noto Sans Korean']);
      expect(await registerPdfFonts(sources, needs)).toEqual(first);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('pinMetrics (face metrics as plain values)', () => {
  /** The value fontkit's own getter computes: read from the prototype chain, past the face's own value. */
  const computed = (face: object, key: string): unknown =>
    Reflect.get(Object.getPrototypeOf(face) as object, key, face);

  it('gives every loaded face its metrics as own values equal to what fontkit computes', async () => {
    const families = await registerPdfFonts(nodeFontSources(), fontNeedsFor('Łódź 客户'));
    for (const fontFamily of families) {
      const { data } = PdfFont.getFont({ fontFamily, fontWeight: 400 });
      expect(typeof data, fontFamily).toBe('object');
      const face = data as object;
      for (const key of PINNED_METRICS) {
        expect(Object.hasOwn(face, key), `${fontFamily} ${key}`).toBe(true);
        expect(Reflect.get(face, key), `${fontFamily} ${key}`).toBe(computed(face, key));
      }
    }
  });

  it('leaves a value the face already holds, and skips what is not a number', () => {
    const face = { unitsPerEm: 1000, ascent: 'x' };
    pinMetrics(face);
    expect(Object.getOwnPropertyDescriptor(face, 'unitsPerEm')?.writable).toBe(true);
    expect(Object.hasOwn(face, 'descent')).toBe(false);
    expect(face.ascent).toBe('x');
  });
});

describe('breakPoints (where lines may break)', () => {
  const englishSyllables = (word: string): string[] =>
    word === 'segmentation' ? ['seg', 'men', 'ta', 'tion'] : [word];

  it('keeps the built-in hyphenation for ordinary words', () => {
    expect(breakPoints('segmentation', englishSyllables)).toEqual(['seg', 'men', 'ta', 'tion']);
    expect(breakPoints('plan', englishSyllables)).toEqual(['plan']);
  });

  it('cuts an unbroken token into pieces joined by hyphen-free breaks', () => {
    const parts = breakPoints('x'.repeat(35));
    expect(parts.filter((p) => p !== '').join('')).toBe('x'.repeat(35));
    expect(parts).toContain('');
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(18);
  });

  it('breaks a URL or an e-mail address after its separators, never with a hyphen from the word patterns', () => {
    const url = 'https://crm.example.com/reports/tier-review?region=north&year=2026';
    const hyphenateAll = (word: string): string[] => [word.slice(0, 5), word.slice(5)];
    expect(breakPoints(url, hyphenateAll)).toEqual([
      'https://',
      '',
      'crm.',
      '',
      'example.',
      '',
      'com/',
      '',
      'reports/',
      '',
      'tier-',
      '',
      'review?',
      '',
      'region=',
      '',
      'north&',
      '',
      'year=',
      '',
      '2026',
    ]);
    expect(breakPoints('dana.whitfield@northwind-medical.example', hyphenateAll)).toEqual([
      'dana.',
      '',
      'whitfield@',
      '',
      'northwind-',
      '',
      'medical.',
      '',
      'example',
    ]);
    // Short tokens stay whole; words, even with punctuation at their ends, are still hyphenated.
    expect(breakPoints('2026-04-07', hyphenateAll)).toEqual(['2026-04-07']);
    expect(breakPoints('(segmentation),', hyphenateAll)).toEqual(['(segm', 'entation),']);
  });

  it('lets CJK text break between characters but keeps punctuation with its neighbour', () => {
    expect(breakPoints('客户（细分）计划。好')).toEqual([
      '客',
      '',
      '户',
      '',
      '（细',
      '',
      '分）',
      '',
      '计',
      '',
      '划。',
      '',
      '好',
    ]);
  });
});

/** An SFNT table's checksum: the sum of its big-endian 32-bit words, `head` with its adjustment field zeroed. */
function tableChecksum(tag: string, data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  if (tag === 'head') padded.fill(0, 8, 12);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('woffToSfnt', () => {
  it('unwraps the shipped WOFF into a TrueType font whose every table matches its recorded checksum', async () => {
    const woff = new Uint8Array(readFileSync(nodeFontSources().latin.regular));
    expect(isWoff(woff)).toBe(true);
    const sfnt = await woffToSfnt(woff);
    expect(isWoff(sfnt)).toBe(false);
    const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
    const woffView = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
    expect(view.getUint32(0)).toBe(woffView.getUint32(4));
    const numTables = view.getUint16(4);
    expect(numTables).toBe(woffView.getUint16(12));
    const tags: string[] = [];
    for (let i = 0; i < numTables; i += 1) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...sfnt.subarray(at, at + 4));
      tags.push(tag);
      const data = sfnt.subarray(view.getUint32(at + 8), view.getUint32(at + 8) + view.getUint32(at + 12));
      expect(tableChecksum(tag, data), tag).toBe(view.getUint32(at + 4));
    }
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca', 'name']));
  });

  it('leaves a font that is not WOFF alone', () => {
    expect(isWoff(new TextEncoder().encode('OTTO and more bytes than a WOFF header needs to be read'))).toBe(false);
  });
});

describe('extraSubsetsFor', () => {
  it('uses the ranges of the subsets the shipped font files were cut to', () => {
    const ranges = createRequire(import.meta.url)('@fontsource/noto-sans/unicode.json') as Record<string, string>;
    for (const [subset, range] of Object.entries(SUBSET_RANGES)) expect(range, subset).toBe(ranges[subset]);
    expect(EXTRA_SUBSETS).toEqual(Object.keys(SUBSET_RANGES).filter((s) => s !== 'latin'));
  });

  it('needs nothing beyond Latin for Western European text and typographic punctuation', () => {
    for (const text of ['Société Générale Médical Ærø', 'Straße, Øresund, Œuvre', '“quoted” – dash… €5 ™', ''])
      expect(extraSubsetsFor(text), text).toEqual([]);
  });

  it('names each subset a letter needs, and none for a script no shipped subset covers', () => {
    expect(extraSubsetsFor('Łódź, Győr, Iași, Šibenik, İzmir')).toEqual(['latin-ext']);
    expect(extraSubsetsFor('Công ty Cổ phần')).toEqual(['vietnamese']);
    expect(extraSubsetsFor('Αθήνα')).toEqual(['greek']);
    expect(extraSubsetsFor('Москва, Київ')).toEqual(['cyrillic']);
    expect(extraSubsetsFor('Łódź · Θεσσαλονίκη · София')).toEqual(['latin-ext', 'greek', 'cyrillic']);
    expect(extraSubsetsFor('客户 مرحبا')).toEqual([]);
  });
});

describe('setPostscriptName', () => {
  const ext = async (): Promise<Uint8Array> =>
    woffToSfnt(new Uint8Array(readFileSync(nodeFontSources().extra['latin-ext'].regular)));
  const open = (bytes: Uint8Array): Font => create(Buffer.from(bytes)) as Font;

  it('renames the font for fontkit and keeps its glyphs, its family name and valid table checksums', async () => {
    const sfnt = await ext();
    const before = open(sfnt);
    expect(before.postscriptName).toBe('NotoSans-Regular');
    const renamed = setPostscriptName(sfnt, 'NotoSansLatinExt-Regular');
    const after = open(renamed);
    expect(after.postscriptName).toBe('NotoSansLatinExt-Regular');
    expect(after.familyName).toBe(before.familyName);
    expect(after.numGlyphs).toBe(before.numGlyphs);
    expect(after.layout('Łódź').glyphs.map((g) => g.id)).toEqual(before.layout('Łódź').glyphs.map((g) => g.id));
    const view = new DataView(renamed.buffer, renamed.byteOffset, renamed.byteLength);
    for (let i = 0; i < view.getUint16(4); i += 1) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...renamed.subarray(at, at + 4));
      const data = renamed.subarray(view.getUint32(at + 8), view.getUint32(at + 8) + view.getUint32(at + 12));
      expect(tableChecksum(tag, data), tag).toBe(view.getUint32(at + 4));
    }
  });

  it('rewrites a format 1 name table with Macintosh records and a language tag, keeping every other string', () => {
    const utf16 = (text: string): number[] => Array.from(text, (c) => [0, c.charCodeAt(0)]).flat();
    const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
    // [platform, encoding, language, name ID, bytes]
    const records: [number, number, number, number, number[]][] = [
      [1, 0, 0, 1, ascii('Fam')],
      [1, 0, 0, 6, ascii('Old-PS')],
      [3, 1, 0x8000, 6, utf16('Old-PS')],
    ];
    const tag = utf16('en-GB');
    const header = 6 + records.length * 12 + 2 + 4;
    const table = new Uint8Array(header + records.reduce((n, r) => n + r[4].length, 0) + tag.length);
    const view = new DataView(table.buffer);
    view.setUint16(0, 1);
    view.setUint16(2, records.length);
    view.setUint16(4, header);
    let offset = 0;
    records.forEach(([platform, encoding, language, nameId, bytes], i) => {
      const at = 6 + i * 12;
      [platform, encoding, language, nameId, bytes.length, offset].forEach((v, j) => view.setUint16(at + j * 2, v));
      table.set(bytes, header + offset);
      offset += bytes.length;
    });
    view.setUint16(6 + records.length * 12, 1);
    view.setUint16(6 + records.length * 12 + 2, tag.length);
    view.setUint16(6 + records.length * 12 + 4, offset);
    table.set(tag, header + offset);
    const font = writeSfnt(0x00010000, [{ tag: 0x6e616d65, checksum: 0, data: table }]);

    const renamed = readSfnt(setPostscriptName(font, 'New-Name')).tables[0]?.data ?? new Uint8Array();
    const out = new DataView(renamed.buffer, renamed.byteOffset, renamed.byteLength);
    const storage = out.getUint16(4);
    const text = (length: number, at: number): number[] => [...renamed.subarray(storage + at, storage + at + length)];
    const strings = records.map((_, i) => text(out.getUint16(6 + i * 12 + 8), out.getUint16(6 + i * 12 + 10)));
    expect(strings).toEqual([ascii('Fam'), ascii('New-Name'), utf16('New-Name')]);
    expect(out.getUint16(6 + 2 * 12 + 4)).toBe(0x8000);
    const tagAt = 6 + records.length * 12 + 2;
    expect(text(out.getUint16(tagAt), out.getUint16(tagAt + 2))).toEqual(tag);
  });

  it('refuses a name a PDF cannot carry, and a file without a name table', async () => {
    const sfnt = await ext();
    expect(() => setPostscriptName(sfnt, 'Noto Sans Ext')).toThrow(/Not a PostScript font name/);
    const noTables = new Uint8Array(12);
    new DataView(noTables.buffer).setUint32(0, 0x00010000);
    expect(() => setPostscriptName(noTables, 'Name')).toThrow(/no name table/);
  });
});
