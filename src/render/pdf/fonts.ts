import { Font } from '@react-pdf/renderer';
import { CJK_OR_RUN, cjkFontsFor, containsCjk, type CjkFonts } from './cjk.ts';
import type { FontPair, PdfFontSources } from './options.ts';
import { extraSubsetsFor, type ExtraSubset } from './subsets.ts';
import { setPostscriptName } from './sfnt-name.ts';
import { cacheShaping } from './shaping-cache.ts';
import { isWoff, woffToSfnt } from './woff.ts';
import type { GlyphCoverage } from './printable.ts';

/** Pieces longer than this are cut, so a URL or a pasted token without spaces still wraps. */
const LONGEST_UNBROKEN = 18;
const CHUNK = 10;

/** Family names already registered, by their files: react-pdf's font store is global to the module. */
const registered = new Map<string, Promise<string>>();
/** Numbers the family names, so a family registered again after a failure gets a new name. */
let familyCount = 0;
/** The labels of the large CJK families, which react-pdf reads from their path or URL. */
type LargeFamily = 'CJK' | 'Korean';
let hyphenationSet = false;

/**
 * A word that the English hyphenation patterns may split, with a hyphen: letters, apostrophes and
 * hyphens, with punctuation only at its ends. A URL, a path, an e-mail address or a code is not
 * one: a hyphen added where it breaks would change what it says.
 */
const WORD = /^\p{P}*\p{L}[\p{L}\p{M}'’-]*\p{P}*$/u;
/** Where a long token that is not a word may break, without a hyphen: after a run of these characters. */
const AFTER_TOKEN_SEPARATOR = /(?<=[/.?&=_@#-])(?![/.?&=_@#-])/u;

/** The parts with a break without a hyphen (an empty string) between each two. */
const withGlue = (parts: readonly string[]): string[] => parts.flatMap((part, i) => (i === 0 ? [part] : ['', part]));

/**
 * Split a word where a line may break. An empty string between two parts is a break without a
 * hyphen (react-pdf treats it as zero-width glue); parts returned by the built-in English
 * hyphenation break with a hyphen. A long token that is not a word breaks after its separators
 * ("/", ".", "?", "&", "=", "_", "@", "#", "-"), never with a hyphen. Any piece still too long is cut
 * every few characters. CJK text breaks between any two characters, as it is set.
 */
export function breakPoints(word: string, builtin: (w: string) => string[] = (w) => [w]): string[] {
  if (containsCjk(word)) return cjkBreaks(word);
  if (word.length <= LONGEST_UNBROKEN) return WORD.test(word) ? builtin(word) : [word];
  const parts = WORD.test(word) ? builtin(word) : withGlue(word.split(AFTER_TOKEN_SEPARATOR));
  return parts.flatMap((part) => {
    if (part.length <= LONGEST_UNBROKEN) return [part];
    const chunks: string[] = [];
    for (let i = 0; i < part.length; i += CHUNK) chunks.push(part.slice(i, i + CHUNK));
    return withGlue(chunks);
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
  return withGlue(parts);
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

/** The PostScript name stem of each extra subset: the shipped files all say "NotoSans", and pdfkit keeps one font per name. */
const POSTSCRIPT_STEM: Readonly<Record<ExtraSubset, string>> = {
  'latin-ext': 'NotoSansLatinExt',
  vietnamese: 'NotoSansVietnamese',
  greek: 'NotoSansGreek',
  cyrillic: 'NotoSansCyrillic',
};

/**
 * Register a family once per set of files and return its name. A family that fails to load is
 * forgotten, so the next render registers it again under a new name and loads it afresh:
 * react-pdf keeps a font's failed load (a network error, say) for as long as the name lives.
 */
function registerOnce(label: string, files: unknown, register: (family: string) => Promise<void>): Promise<string> {
  const key = `${label}\n${JSON.stringify(files)}`;
  let family = registered.get(key);
  if (family === undefined) {
    familyCount += 1;
    const name = `SP Noto Sans ${label} ${familyCount}`;
    family = register(name).then(() => name);
    family.catch(() => registered.delete(key));
    registered.set(key, family);
  }
  return family;
}

/** Register the regular and bold faces of a Noto Sans subset, renamed when a PostScript stem is given. */
async function registerPair(sources: PdfFontSources, family: string, pair: FontPair, stem?: string): Promise<void> {
  const [regular, bold] = await Promise.all([
    fontDataUrl(sources, pair.regular, stem === undefined ? undefined : `${stem}-Regular`),
    fontDataUrl(sources, pair.bold, stem === undefined ? undefined : `${stem}-Bold`),
  ]);
  Font.register({
    family,
    fonts: [
      { src: regular, fontWeight: 400 },
      { src: bold, fontWeight: 700 },
    ],
  });
  await Promise.all([loadFace(family, 400), loadFace(family, 700)]);
}

/**
 * Load a registered face now, rather than when react-pdf first lays out text in it, and give it
 * the shaping cache (see shaping-cache.ts). A face that fails to load fails the registration, so
 * the family is forgotten and the next render registers and loads it afresh.
 */
async function loadFace(family: string, fontWeight: number): Promise<void> {
  await Font.load({ fontFamily: family, fontWeight });
  const { data } = Font.getFont({ fontFamily: family, fontWeight });
  if (data !== null && 'layout' in data) {
    cacheShaping(data);
    pinMetrics(data);
  }
}

/** The metrics react-pdf reads while it lays text out; `unitsPerEm` is read for every character. */
export const PINNED_METRICS = ['unitsPerEm', 'ascent', 'descent', 'lineGap', 'capHeight', 'xHeight'] as const;

/**
 * Keep a face's metrics as plain values. fontkit computes each on every read, through a getter
 * that looks up its table, and react-pdf reads `unitsPerEm` once per character placed: about 4% of
 * a render. A face's metrics never change, so the values are read once and set on the face itself.
 */
export function pinMetrics(face: object): void {
  for (const key of PINNED_METRICS) {
    const value: unknown = Reflect.get(face, key);
    if (typeof value === 'number' && !Object.hasOwn(face, key)) {
      Object.defineProperty(face, key, { value, enumerable: true });
    }
  }
}

/** Which fonts beyond Noto Sans Latin the text needs. */
export interface FontNeeds extends CjkFonts {
  /** The other Noto Sans subsets with a character in the text (see subsets.ts). */
  readonly subsets: readonly ExtraSubset[];
}

/** The fonts beyond Noto Sans Latin that the text needs. */
export function fontNeedsFor(text: string): FontNeeds {
  return { subsets: extraSubsetsFor(text), ...cjkFontsFor(text) };
}

/**
 * Register the fonts the text needs (each once) and return the font-family list to use: Noto Sans
 * Latin, then the other subsets and the CJK font only when the text needs them. A font that is not
 * needed is never read, let alone embedded. react-pdf picks, for each character, the first family
 * in the list that has it.
 */
export async function registerPdfFonts(sources: PdfFontSources, needs: FontNeeds): Promise<string[]> {
  if (!hyphenationSet) {
    Font.registerHyphenationCallback(breakPoints);
    hyphenationSet = true;
  }
  const latin = registerOnce('Latin', sources.latin, (family) => registerPair(sources, family, sources.latin));
  const extra = needs.subsets.map((subset) =>
    registerOnce(subset, sources.extra[subset], (family) =>
      registerPair(sources, family, sources.extra[subset], POSTSCRIPT_STEM[subset]),
    ),
  );
  // The CJK files (4 to 8 MB) are handed over as a path or URL for react-pdf to read. One weight
  // each: bold CJK text falls back to the regular face. The Chinese font comes first, so in mixed
  // text every Han character comes from the same font.
  const large = (label: LargeFamily, src: string) =>
    registerOnce(label, src, (family) => {
      Font.register({ family, fonts: [{ src, fontWeight: 400 }] });
      return loadFace(family, 400);
    });
  const cjk = [
    ...(needs.cjk ? [large('CJK', sources.cjk)] : []),
    ...(needs.korean ? [large('Korean', sources.korean)] : []),
  ];
  return Promise.all([latin, ...extra, ...cjk]);
}

/** The one method of a loaded fontkit face that the coverage check needs. */
interface GlyphLookup {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

const hasGlyphLookup = (data: unknown): data is GlyphLookup =>
  typeof data === 'object' && data !== null && 'hasGlyphForCodePoint' in data;

/**
 * Whether some family in the list (as `registerPdfFonts` returned it, so every face is loaded) has
 * a glyph for a code point: the same question react-pdf asks when it picks a font for a character.
 * The regular faces are asked; each bold face covers the same characters as its regular one.
 */
export function glyphCoverage(families: readonly string[]): GlyphCoverage {
  const faces = families.flatMap((fontFamily): GlyphLookup[] => {
    const { data } = Font.getFont({ fontFamily, fontWeight: 400 });
    return hasGlyphLookup(data) ? [data] : [];
  });
  const known = new Map<number, boolean>();
  return (codePoint) => {
    let covered = known.get(codePoint);
    if (covered === undefined) {
      covered = faces.some((face) => face.hasGlyphForCodePoint(codePoint));
      known.set(codePoint, covered);
    }
    return covered;
  };
}
