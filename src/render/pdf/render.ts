import { pdf } from '@react-pdf/renderer';
import type { Plan } from '../../schema/plan/index.ts';
import { planDocument } from './document.ts';
import { fontNeedsFor, glyphCoverage, registerPdfFonts } from './fonts.ts';
import type { PdfOptions } from './options.ts';
import { cleanText, mapStrings, withoutMissingGlyphs } from './printable.ts';
import type { RenderContext } from './render-context.ts';
import { makeTheme } from './theme.ts';

export type { PdfBrand, PdfFontSources, PdfOptions } from './options.ts';
export { pdfFileName } from './file-name.ts';

/** Everything the PDF prints that varies: the plan (organisation, answers, notes, catalogue text, sources) and the brand. */
interface PrintedText {
  readonly plan: Plan;
  readonly brandName: string;
}

/** All of the printed text as one string, to find the fonts it needs. */
const allText = (text: PrintedText): string => [JSON.stringify(text.plan), text.brandName].join('\n');

/**
 * The value with every string cleaned for print (see `cleanText` in printable.ts): in composed
 * form (NFC), so text typed or pasted with a combining accent prints with the accented letter of
 * Noto Sans Latin, and without the invisible characters a PDF cannot show.
 */
export function composed<T>(value: T): T {
  return mapStrings(value, cleanText);
}

/**
 * Render the plan as the designed PDF document: cover, contents, executive summary, the plan's
 * sections and the appendix. Works in Node and in the browser; the environment passes where
 * its fonts are (`options.fonts`). Fonts beyond Noto Sans Latin are used only when some text needs them.
 */
export async function renderPlanPdf(answeredPlan: Plan, pdfOptions: PdfOptions): Promise<Uint8Array> {
  const cleaned = composed<PrintedText>({
    plan: answeredPlan,
    brandName: pdfOptions.brand.name,
  });
  const fontFamily = await registerPdfFonts(pdfOptions.fonts, fontNeedsFor(allText(cleaned)));
  const { plan, brandName } = withoutMissingGlyphs(cleaned, glyphCoverage(fontFamily));
  // The logo is a file path or URL, not printed text: cleaning it could change which file it names.
  const brand = { ...pdfOptions.brand, name: brandName };
  const options: PdfOptions = { ...pdfOptions, brand };
  const organisation = plan.meta.organisation.trim() === '' ? 'Organisation not named' : plan.meta.organisation.trim();
  const ctx: RenderContext = {
    plan,
    brand,
    theme: makeTheme(brand.accent),
    fontFamily,
    organisation,
    sectionPages: new Map(),
    edition: options.edition,
  };
  const blob = await pdf(planDocument(ctx, options)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
