import type { ExtraSubset } from './subsets.ts';

/** The regular and bold files of one font. */
export interface FontPair {
  readonly regular: string;
  readonly bold: string;
}

/**
 * Where each font file is found: a file path in Node, a same-origin URL in the browser.
 * Each environment passes its own, so this module never guesses where it runs.
 */
export interface PdfFontSources {
  /** Noto Sans, Latin subset (Basic Latin and Latin-1). */
  readonly latin: FontPair;
  /**
   * The other Noto Sans subsets, each loaded only when the text needs it: Latin Extended (ő, ł, ș),
   * Vietnamese, Greek and Cyrillic. See subsets.ts.
   */
  readonly extra: Readonly<Record<ExtraSubset, FontPair>>;
  /** A CJK font (OTF or TTF). Loaded and embedded only when the plan contains CJK text. */
  readonly cjk: string;
  /** A Korean font (OTF or TTF) for Hangul, which the CJK font lacks. Loaded only when the plan contains Hangul. */
  readonly korean: string;
  /** Read a Noto Sans file's bytes: from the file system in Node, with `fetch` in the browser. */
  readonly read: (src: string) => Promise<Uint8Array>;
}

/** The consultancy's brand as the PDF shows it. */
export interface PdfBrand {
  readonly name: string;
  /** Hex colour, e.g. `#1f5f7a`. */
  readonly accent: string;
  /** A PNG or JPEG the renderer can load: a file path in Node, a URL in the browser. */
  readonly logo?: string | undefined;
}

/**
 * A marked edition of the plan: the quick check's short plan, or the example plan. Its cover carries
 * the label and the note, and it keeps only the sections named (every section when left out).
 */
export interface PdfEdition {
  /** Printed on the cover above the title, e.g. "Quick check" or "Example plan". */
  readonly label: string;
  /** One or two sentences on the cover saying what the edition is and how far to trust it. */
  readonly note: string;
  /** The ids of the sections it keeps (see document.ts), e.g. no rollout in a quick check. */
  readonly sections?: readonly string[] | undefined;
}

/**
 * Everything the PDF needs besides the plan, which carries all the plan's text, its citations and
 * the sources it cites: the brand it is printed under and the fonts.
 */
export interface PdfOptions {
  readonly brand: PdfBrand;
  readonly fonts: PdfFontSources;
  /** The PDF's creation date; the time of rendering when left out. */
  readonly creationDate?: Date | undefined;
  /** A marked edition (quick check, example); the full plan when left out. */
  readonly edition?: PdfEdition | undefined;
}
