import { pdf } from '@react-pdf/renderer';
import type { Plan } from '../schema/plan.ts';
import { planDocument } from './document.ts';
import { fontNeedsFor, registerPdfFonts } from './fonts.ts';
import type { PdfOptions } from './options.ts';
import type { RenderContext } from './render-context.ts';
import { makeTheme } from './theme.ts';

export type { PdfBrand, PdfFontSources, PdfOptions } from './options.ts';
export { pdfFileName } from './file-name.ts';

/** Everything the PDF prints that varies: the plan (organisation, answers, notes, catalogue text), the brand and the sources. */
function printedText(plan: Plan, options: PdfOptions): string {
  return [
    JSON.stringify(plan),
    options.brand.name,
    JSON.stringify(options.sources),
    options.alignment === undefined ? '' : JSON.stringify(options.alignment),
  ].join('\n');
}

/**
 * The value with every string in Unicode's composed form (NFC). Text typed or pasted with a
 * combining accent ("e" followed by U+0301) then prints with the accented letter from Noto Sans
 * Latin, instead of pulling in another font for the accent alone; what it reads as is unchanged.
 */
export function composed<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => composed(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, composed(item)])) as T;
  return value;
}

/**
 * Render the plan as the designed PDF document: cover, contents, executive summary, the plan's
 * sections and the appendix. Works in Node and in the browser; the environment passes where
 * its fonts are (`options.fonts`). Fonts beyond Noto Sans Latin are used only when some text needs them.
 */
export async function renderPlanPdf(answeredPlan: Plan, pdfOptions: PdfOptions): Promise<Uint8Array> {
  const { plan, brandName, sources, alignment } = composed({
    plan: answeredPlan,
    brandName: pdfOptions.brand.name,
    sources: pdfOptions.sources,
    alignment: pdfOptions.alignment,
  });
  // The logo is a file path or URL, not printed text: composing it could change which file it names.
  const brand = { ...pdfOptions.brand, name: brandName };
  const options: PdfOptions = { ...pdfOptions, brand, sources, alignment };
  const organisation = plan.meta.organisation.trim() === '' ? 'Organisation not named' : plan.meta.organisation.trim();
  const ctx: RenderContext = {
    plan,
    brand,
    sources,
    articleSources: options.articleSources ?? {},
    theme: makeTheme(brand.accent),
    fontFamily: await registerPdfFonts(options.fonts, fontNeedsFor(printedText(plan, options))),
    organisation,
    sectionPages: new Map(),
    alignment,
  };
  const blob = await pdf(planDocument(ctx, options)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
