/**
 * The PDF in the browser. Loaded only with a dynamic `import()` when someone asks for the PDF, so
 * react-pdf is never part of a page's first load. The font files are imported with Vite's `?url`,
 * so the build copies them into the site and they are fetched from the site's own origin, each
 * only when a plan's text needs it.
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
import cjkRegular from '../../node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf?url';
import koreanRegular from '../../node_modules/@embedpdf/fonts-kr/fonts/NotoSansKR-Regular.otf?url';
import type { Plan } from '../schema/plan.ts';
import type { PdfFontSources, PdfOptions } from './options.ts';
import { renderPlanPdf } from './render.ts';

export { pdfFileName } from './file-name.ts';

/** The font files as URLs on the site's own origin. */
export function browserFontSources(): PdfFontSources {
  return {
    latin: { regular: latinRegular, bold: latinBold },
    extra: {
      'latin-ext': { regular: latinExtRegular, bold: latinExtBold },
      vietnamese: { regular: vietnameseRegular, bold: vietnameseBold },
      greek: { regular: greekRegular, bold: greekBold },
      cyrillic: { regular: cyrillicRegular, bold: cyrillicBold },
    },
    cjk: new URL(cjkRegular, document.baseURI).href,
    korean: new URL(koreanRegular, document.baseURI).href,
    read: async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Could not load the font ${url}: ${response.status} ${response.statusText}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

/** What the browser passes: the brand and sources from the content bundle; fonts default to the site's own. */
export type BrowserPdfOptions = Omit<PdfOptions, 'fonts'> & { readonly fonts?: PdfFontSources | undefined };

/**
 * Render the plan's PDF in the browser and return it as a Blob ready to download. The brand logo,
 * a path under the site's root, is made absolute so react-pdf fetches it from this origin.
 */
export async function renderPlanPdfBlob(plan: Plan, options: BrowserPdfOptions): Promise<Blob> {
  const { fonts, brand, ...rest } = options;
  const logo = brand.logo === undefined ? undefined : new URL(brand.logo, document.baseURI).href;
  const bytes = await renderPlanPdf(plan, { ...rest, brand: { ...brand, logo }, fonts: fonts ?? browserFontSources() });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
