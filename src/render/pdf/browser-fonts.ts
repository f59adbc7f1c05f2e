/**
 * The PDF's font files in the browser, as URLs on the site's own origin. The files are imported
 * with Vite's `?url`, so the build copies them into the site; each is fetched only when a plan's
 * text needs it. This module loads no part of react-pdf, so the PDF worker starts fetching the
 * Latin fonts as soon as it is asked for a PDF, while react-pdf's chunk loads. It runs in a page
 * or in a worker, which has no `document`: the site's base address is passed in.
 */
import cyrillicRegular from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import cyrillicBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff?url';
import greekRegular from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff?url';
import greekBold from '@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff?url';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import latinExtRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url';
import vietnameseRegular from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff?url';
import vietnameseBold from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff?url';
// The package exports only its index, so its font file is reached by path. It is fetched only
// for a plan with CJK text.
import cjkRegular from '../../../node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf?url';
import koreanRegular from '../../../node_modules/@embedpdf/fonts-kr/fonts/NotoSansKR-Regular.otf?url';
import type { PdfFontSources } from './options.ts';

/** Fetches started ahead of the render, by URL; each is handed out once (see `fontBytes`). */
const early = new Map<string, Promise<Uint8Array>>();
let prefetched = false;

async function fetchFont(url: string, base: string): Promise<Uint8Array> {
  const response = await fetch(new URL(url, base));
  if (!response.ok) throw new Error(`Could not load the font ${url}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Start fetching the two Latin faces, which every plan uses, so they arrive while react-pdf's
 * chunk loads instead of after it. Only the first call does anything: the fonts stay registered
 * after the first render. A failed fetch fails the render that reads it, and the page then
 * stops this worker (see pdf-client.ts), so a failure is never handed to a later job.
 */
export function prefetchLatinFonts(base: string): void {
  if (prefetched) return;
  prefetched = true;
  for (const url of [latinRegular, latinBold]) {
    const bytes = fetchFont(url, base);
    // Handled here so a failure nobody reads is not an unhandled rejection; a reader still sees it.
    bytes.catch(() => undefined);
    early.set(url, bytes);
  }
}

/** A font file's bytes: the fetch started ahead for it, or a new one. */
function fontBytes(url: string, base: string): Promise<Uint8Array> {
  const started = early.get(url);
  if (started === undefined) return fetchFont(url, base);
  // Handed out once: a render that has to read the file again (after a failure) fetches it anew.
  early.delete(url);
  return started;
}

/** The font files as URLs on the site's own origin; `base` is the page's address (`document.baseURI`). */
export function browserFontSources(base: string): PdfFontSources {
  return {
    latin: { regular: latinRegular, bold: latinBold },
    extra: {
      'latin-ext': { regular: latinExtRegular, bold: latinExtBold },
      vietnamese: { regular: vietnameseRegular, bold: vietnameseBold },
      greek: { regular: greekRegular, bold: greekBold },
      cyrillic: { regular: cyrillicRegular, bold: cyrillicBold },
    },
    cjk: new URL(cjkRegular, base).href,
    korean: new URL(koreanRegular, base).href,
    read: (url) => fontBytes(url, base),
  };
}
