import { Font } from '@react-pdf/renderer';
import { CJK_OR_RUN, containsCjk } from './cjk.ts';
import type { PdfFontSources } from './options.ts';
import { setPostscriptName } from './sfnt-name.ts';
import { isWoff, woffToSfnt } from './woff.ts';

/** Pieces longer than this are cut, so a URL or a pasted token without spaces still wraps. */
const LONGEST_UNBROKEN = 18;
const CHUNK = 10;

/** Family names already registered, by their sources: react-pdf's font store is global to the module. */
const registered = new Map<string, Promise<readonly string[]>>();
let hyphenationSet = false;

/**
 * Split a word where a line may break. An empty string between two parts is a break without a
 * hyphen (react-pdf treats it as zero-width glue); parts returned by the built-in English
 * hyphenation break with a hyphen. CJK text breaks between any two characters, as it is set.
 */
export function breakPoints(word: string, builtin: (w: string) => string[] = (w) => [w]): string[] {
  if (containsCjk(word)) return cjkBreaks(word);
  return builtin(word).flatMap((part) => {
    if (part.length <= LONGEST_UNBROKEN) return [part];
    const chunks: string[] = [];
    for (let i = 0; i < part.length; i += CHUNK) chunks.push(...(i === 0 ? [] : ['']), part.slice(i, i + CHUNK));
    return chunks;
  });
}

/** Closing punctuation never starts a line, and opening brackets never end one (the basic kinsoku rule). */
const NO_BREAK_BEFORE = /^[、。，．・：；？！）」』】〕〉》”’ー々〜…,.!?:;)\]}]$/u;
const NO_BREAK_AFTER = /^[（「『【〔〈《“‘([{]$/u;

function cjkBreaks(word: string): string[] {
  const parts: string[] = [];
  let glueNext = false;
  for (const token of word.match(CJK_OR_RUN) ?? [word]) {
    const last = parts.length - 1;
    if (last >= 0 && (glueNext || NO_BREAK_BEFORE.test(token))) parts[last] = `${parts[last] ?? ''}${token}`;
    else parts.push(token);
    glueNext = NO_BREAK_AFTER.test(token);
  }
  return parts.flatMap((part, i) => (i === 0 ? [part] : ['', part]));
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * A font file as a data URL react-pdf can read anywhere, unwrapped from WOFF first (see woff.ts),
 * and renamed when a PostScript name is given (see sfnt-name.ts).
 */
async function fontDataUrl(sources: PdfFontSources, src: string, postscriptName?: string): Promise<string> {
  const bytes = await sources.read(src);
  const sfnt = isWoff(bytes) ? await woffToSfnt(bytes) : bytes;
  return `data:font/ttf;base64,${base64(postscriptName === undefined ? sfnt : setPostscriptName(sfnt, postscriptName))}`;
}

async function registerFamilies(sources: PdfFontSources, n: number): Promise<readonly string[]> {
  const families = [`SP Noto Sans ${n}`, `SP Noto Sans Ext ${n}`, `SP Noto Sans CJK ${n}`] as const;
  // The Latin Extended files carry the same PostScript names as the Latin ones; they get their own.
  const [latin400, latin700, ext400, ext700] = await Promise.all([
    fontDataUrl(sources, sources.latin.regular),
    fontDataUrl(sources, sources.latin.bold),
    fontDataUrl(sources, sources.latinExt.regular, 'NotoSansLatinExt-Regular'),
    fontDataUrl(sources, sources.latinExt.bold, 'NotoSansLatinExt-Bold'),
  ]);
  Font.register({
    family: families[0],
    fonts: [
      { src: latin400, fontWeight: 400 },
      { src: latin700, fontWeight: 700 },
    ],
  });
  Font.register({
    family: families[1],
    fonts: [
      { src: ext400, fontWeight: 400 },
      { src: ext700, fontWeight: 700 },
    ],
  });
  // The CJK file (8 MB) is handed over as a path or URL: react-pdf reads it only if a text uses
  // the family, and only then. One weight: bold CJK text falls back to the regular face.
  Font.register({ family: families[2], fonts: [{ src: sources.cjk, fontWeight: 400 }] });
  return families;
}

/** Which fonts beyond Noto Sans Latin the text needs. */
export interface ExtraFonts {
  /** Letters such as ő, ł or ș (see latin.ts). */
  readonly latinExt: boolean;
  /** Chinese, Japanese or Korean characters (see cjk.ts). */
  readonly cjk: boolean;
}

/**
 * Register the fonts (once per set of sources) and return the font-family list to use: Noto Sans
 * Latin, then Latin Extended and the CJK font only when the text needs them, so the CJK file is
 * never read, let alone embedded, for a plan without CJK text. react-pdf picks, for each
 * character, the first family in the list that has it.
 */
export async function registerPdfFonts(sources: PdfFontSources, extra: ExtraFonts): Promise<string[]> {
  if (!hyphenationSet) {
    Font.registerHyphenationCallback(breakPoints);
    hyphenationSet = true;
  }
  const key = JSON.stringify([sources.latin, sources.latinExt, sources.cjk]);
  let families = registered.get(key);
  if (families === undefined) {
    families = registerFamilies(sources, registered.size + 1);
    // A failed load (a missing file, a network error) must not stick: the next render tries again.
    families.catch(() => registered.delete(key));
    registered.set(key, families);
  }
  const [latin = '', latinExt = '', cjk = ''] = await families;
  // Latin Extended stays in front of the CJK font: a plan with CJK text may have ő or ł too.
  return [latin, ...(extra.latinExt || extra.cjk ? [latinExt] : []), ...(extra.cjk ? [cjk] : [])];
}
