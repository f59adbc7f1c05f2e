/**
 * The page's side of the PDF worker (pdf-worker.ts): `renderPdf` sends the plan to the worker and
 * resolves with the file it sends back. The worker is started on the first request, not on page
 * load, and kept until it fails. Nothing here loads react-pdf: only the worker does.
 */
import type { Plan } from '../../schema/plan/index.ts';
import type { PdfJob, PdfReply } from './worker-protocol.ts';

/** A job sent to the worker, waiting for its reply. */
interface Waiting {
  readonly resolve: (blob: Blob) => void;
  readonly reject: (error: Error) => void;
  /** The job's time limit (see `TIME_LIMIT_MS`). */
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * How long a job may take before its worker is stopped. A first render takes a second or two, a
 * plan with Chinese text a few more; a worker the browser killed, or a fetch that never returns,
 * would otherwise leave the button busy until the page is reloaded.
 */
export const TIME_LIMIT_MS = 120_000;

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

/** Stop the worker: every job still waiting fails with this reason, and the next request starts a new worker. */
function failAll(reason: string): void {
  worker?.terminate();
  worker = null;
  const jobs = [...waiting.values()];
  waiting.clear();
  for (const job of jobs) {
    clearTimeout(job.timer);
    job.reject(new Error(reason));
  }
}

function startWorker(): Worker {
  // Written out in full so the bundler finds the worker and builds it as its own module graph.
  const started = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
  // Each listener first checks that its worker is still the current one: a late event from a
  // stopped worker must not stop its successor.
  started.addEventListener('message', (event: MessageEvent<PdfReply>) => {
    if (worker !== started) return;
    const reply = event.data;
    const job = waiting.get(reply.id);
    if (job === undefined) return;
    waiting.delete(reply.id);
    clearTimeout(job.timer);
    if ('blob' in reply) {
      job.resolve(reply.blob);
      return;
    }
    job.reject(new Error(reply.error));
    // Not reused: it may remember the failure (a chunk that did not load stays failed in a worker).
    failAll('the PDF worker was stopped after an error');
  });
  started.addEventListener('error', (event) => {
    if (worker !== started) return;
    // The worker itself failed: its script did not load, or it threw outside a job.
    event.preventDefault();
    failAll(`the PDF worker stopped: ${event.message || 'its script could not be loaded'}`);
  });
  started.addEventListener('messageerror', () => {
    if (worker === started) failAll('the PDF worker sent a reply that could not be read');
  });
  return started;
}

/** Render the plan's PDF in the worker and return the file. The options are plain data. */
export function renderPdf(plan: Plan, options: PdfJob['options']): Promise<Blob> {
  const job: PdfJob = { id: nextId++, plan, options, base: document.baseURI };
  return new Promise<Blob>((resolve, reject) => {
    const timer = setTimeout(
      () => failAll(`the PDF took more than ${TIME_LIMIT_MS / 60_000} minutes, so its worker was stopped`),
      TIME_LIMIT_MS,
    );
    try {
      worker ??= startWorker();
      waiting.set(job.id, { resolve, reject, timer });
      worker.postMessage(job);
    } catch (cause) {
      clearTimeout(timer);
      waiting.delete(job.id);
      reject(cause instanceof Error ? cause : new Error(String(cause)));
    }
  });
}
