/**
 * The messages between a page and the PDF worker (pdf-worker.ts). Each job carries its own id, so
 * a reply is matched to the click that asked for it.
 */
import type { Plan } from '../../schema/plan/index.ts';
import type { BrowserPdfOptions } from './browser.ts';

/** What the page sends: everything the PDF needs, as plain data a worker can receive. */
export interface PdfJob {
  readonly id: number;
  readonly plan: Plan;
  readonly options: BrowserPdfOptions;
  /** The page's address (`document.baseURI`), which a worker cannot read. */
  readonly base: string;
}

/** What the worker answers: the file, or why it could not be made. */
export type PdfReply = { readonly id: number; readonly blob: Blob } | { readonly id: number; readonly error: string };
