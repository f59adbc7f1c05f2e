import type { Plan } from '../../schema/plan/index.ts';
import type { PdfBrand, PdfEdition } from './options.ts';
import type { PdfTheme } from './theme.ts';

/** What every section needs besides its part of the plan; built once per render. */
export interface RenderContext {
  readonly plan: Plan;
  readonly brand: PdfBrand;
  readonly theme: PdfTheme;
  /** The font-family fallback list: Latin, Latin Extended, and CJK when the plan needs it. */
  readonly fontFamily: string[];
  /** The organisation as shown in the header; a placeholder when none was given. */
  readonly organisation: string;
  /**
   * Each section's first page, filled in while react-pdf paginates and read by the contents
   * page when page numbers are resolved (after every page has been laid out).
   */
  readonly sectionPages: Map<string, number>;
  /** The marked edition the cover names, if any. */
  readonly edition?: PdfEdition | undefined;
}
