/// <reference lib="webworker" />
/**
 * The PDF worker: renders the plan's PDF off the page's main thread, so the page keeps scrolling
 * and a screen reader keeps reading while react-pdf lays out some thirty pages. It is started on
 * the first click on "Download PDF" (see pdf-client.ts) and kept while it succeeds, so a second
 * PDF reuses the loaded code and fonts. react-pdf is loaded with a dynamic import when the first
 * job arrives, in parallel with the Latin fonts.
 */
import { prefetchLatinFonts } from './browser-fonts.ts';
import type { PdfJob, PdfReply } from './worker-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const reason = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

async function run(job: PdfJob): Promise<PdfReply> {
  try {
    prefetchLatinFonts(job.base);
    const { renderPlanPdfBlob } = await import('./browser.ts');
    return { id: job.id, blob: await renderPlanPdfBlob(job.plan, job.options, job.base) };
  } catch (cause) {
    return { id: job.id, error: reason(cause) };
  }
}

// Every job gets a reply, even when the file itself cannot be sent, so no click waits forever.
self.addEventListener('message', (event: MessageEvent<PdfJob>) => {
  const { id } = event.data;
  void run(event.data)
    .then((reply) => self.postMessage(reply))
    .catch((cause: unknown) => self.postMessage({ id, error: reason(cause) } satisfies PdfReply));
});
