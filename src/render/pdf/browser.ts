/**
 * The PDF in the browser. The PDF worker (pdf-worker.ts) loads it with a dynamic `import()` when
 * someone asks for the PDF, so react-pdf is never part of a page's first load. The fonts come
 * from the site's own origin (see browser-fonts.ts).
 */
import type { Plan } from '../../schema/plan/index.ts';
import { browserFontSources } from './browser-fonts.ts';
import type { PdfOptions } from './options.ts';
import { renderPlanPdf } from './render.ts';

/** What the browser passes: the brand and, for a workshop, its alignment. The fonts are the site's own. */
export type BrowserPdfOptions = Omit<PdfOptions, 'fonts'>;

/**
 * Render the plan's PDF in the browser and return it as a Blob ready to download. `base` is the
 * page's address (`document.baseURI`), which a worker must be given. The brand logo, a path under
 * the site's root, is made absolute against it so react-pdf fetches it from this origin.
 */
export async function renderPlanPdfBlob(plan: Plan, options: BrowserPdfOptions, base: string): Promise<Blob> {
  const { brand, ...rest } = options;
  const logo = brand.logo === undefined ? undefined : new URL(brand.logo, base).href;
  const bytes = await renderPlanPdf(plan, {
    ...rest,
    brand: { ...brand, logo },
    fonts: browserFontSources(base),
  });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
