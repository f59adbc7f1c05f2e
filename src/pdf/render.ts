import { pdf } from '@react-pdf/renderer';
import type { Plan } from '../schema/plan.ts';
import { containsCjk } from './cjk.ts';
import { planDocument } from './document.ts';
import { registerPdfFonts } from './fonts.ts';
import type { PdfOptions } from './options.ts';
import type { RenderContext } from './render-context.ts';
import { makeTheme } from './theme.ts';

export type { PdfBrand, PdfFontSources, PdfOptions } from './options.ts';
export { pdfFileName } from './file-name.ts';

/** Whether anything the PDF prints needs the CJK font: the plan (organisation, answers, notes), the brand and the sources. */
function needsCjk(plan: Plan, options: PdfOptions): boolean {
  return (
    containsCjk(JSON.stringify(plan)) ||
    containsCjk(options.brand.name) ||
    containsCjk(JSON.stringify(options.sources)) ||
    (options.alignment !== undefined && containsCjk(JSON.stringify(options.alignment)))
  );
}

/**
 * Render the plan as the designed PDF document: cover, contents, executive summary, the plan's
 * sections and the appendix. Works in Node and in the browser; the environment passes where
 * its fonts are (`options.fonts`). The CJK font is loaded only when some text needs it.
 */
export async function renderPlanPdf(plan: Plan, options: PdfOptions): Promise<Uint8Array> {
  const organisation = plan.meta.organisation.trim() === '' ? 'Organisation not named' : plan.meta.organisation.trim();
  const ctx: RenderContext = {
    plan,
    brand: options.brand,
    sources: options.sources,
    theme: makeTheme(options.brand.accent),
    fontFamily: await registerPdfFonts(options.fonts, needsCjk(plan, options)),
    organisation,
    sectionPages: new Map(),
    alignment: options.alignment,
  };
  const blob = await pdf(planDocument(ctx, options)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
