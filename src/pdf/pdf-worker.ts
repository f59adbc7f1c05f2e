/// <reference lib="webworker" />
/**
 * The PDF worker: renders the plan's PDF off the page's main thread, so the page keeps scrolling
 * and a screen reader keeps reading while react-pdf lays out some thirty pages. It is started on
 * the first click on "Download PDF" (see src/islands/results/pdf-client.ts) and kept for the
 * page's life, so a second PDF reuses the loaded code and fonts. react-pdf is loaded with a
 * dynamic import when the first job arrives, in parallel with the Latin fonts.
 */
import { prefetchLatinFonts } from './browser-fonts.ts';
import type { PdfJob, PdfReply } from './worker-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

async function run(job: PdfJob): Promise<PdfReply> {
  prefetchLatinFonts(job.base);
  try {
    const { renderPlanPdfBlob } = await import('./browser.ts');
    return { id: job.id, blob: await renderPlanPdfBlob(job.plan, job.options, job.base) };
  } catch (cause) {
    return { id: job.id, error: cause instanceof Error ? cause.message : String(cause) };
  }
}

self.addEventListener('message', (event: MessageEvent<PdfJob>) => {
  void run(event.data).then((reply) => self.postMessage(reply));
});
