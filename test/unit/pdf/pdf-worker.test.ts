import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfJob, PdfReply } from '../../../src/render/pdf/worker-protocol.ts';
import type { Plan } from '../../../src/schema/plan/index.ts';
import { fullPlan, realContent } from './support/plans.ts';

/** What the worker did, in order: prefetches, loading react-pdf's module, renders. */
const seen = vi.hoisted(() => ({ steps: [] as string[], fail: null as Error | null }));

vi.mock('../../../src/render/pdf/browser-fonts.ts', () => ({
  prefetchLatinFonts: (base: string) => seen.steps.push(`prefetch ${base}`),
}));

vi.mock('../../../src/render/pdf/browser.ts', () => {
  // Runs when the worker imports react-pdf's module: once per worker, on its first job.
  seen.steps.push('load react-pdf');
  return {
    renderPlanPdfBlob: (plan: Plan, _options: unknown, base: string) => {
      seen.steps.push(`render ${plan.meta.organisation} ${base}`);
      return seen.fail === null ? Promise.resolve(new Blob(['%PDF-'])) : Promise.reject(seen.fail);
    },
  };
});

/** The worker's global scope: the listener it adds and the replies it posts. */
const scope = {
  listener: null as ((event: { data: PdfJob }) => void) | null,
  replies: [] as PdfReply[],
  /** Set to make the next `postMessage` throw, as a reply that cannot be cloned would. */
  refuseNext: null as Error | null,
  addEventListener(type: string, listener: (event: { data: PdfJob }) => void) {
    if (type === 'message') scope.listener = listener;
  },
  postMessage(reply: PdfReply) {
    const refusal = scope.refuseNext;
    scope.refuseNext = null;
    if (refusal !== null) throw refusal;
    scope.replies.push(reply);
  },
};

const content = realContent();
const base = 'https://playbook.example/results/';
let plan: Plan;

async function send(id: number): Promise<PdfReply | undefined> {
  const before = scope.replies.length;
  scope.listener?.({ data: { id, plan, options: { brand: content.brand }, base } });
  await vi.waitFor(() => expect(scope.replies.length).toBe(before + 1));
  return scope.replies.at(-1);
}

// A new worker for each test: its module and react-pdf's are loaded afresh.
beforeEach(async () => {
  seen.steps = [];
  seen.fail = null;
  scope.replies = [];
  scope.refuseNext = null;
  plan = fullPlan({ organisation: 'Northwind' });
  vi.resetModules();
  vi.stubGlobal('self', scope);
  await import('../../../src/render/pdf/pdf-worker.ts');
});

describe('the PDF worker', () => {
  it('starts the Latin fonts before it loads react-pdf, renders against the page address it was given, and sends the file back', async () => {
    const reply = await send(7);
    expect(seen.steps).toEqual([`prefetch ${base}`, 'load react-pdf', `render Northwind ${base}`]);
    expect(reply?.id).toBe(7);
    expect(reply !== undefined && 'blob' in reply ? await reply.blob.text() : null).toBe('%PDF-');

    // The next job reuses the loaded module.
    seen.steps = [];
    await send(8);
    expect(seen.steps).toEqual([`prefetch ${base}`, `render Northwind ${base}`]);
  });

  it('answers a failed render with its reason, under the job id', async () => {
    seen.fail = new Error('Could not load the font /_astro/noto.woff: 404 Not Found');
    expect(await send(8)).toEqual({ id: 8, error: 'Could not load the font /_astro/noto.woff: 404 Not Found' });
  });

  it('answers with the reason when the file itself cannot be sent, so the page does not wait for ever', async () => {
    scope.refuseNext = new Error('DataCloneError: the file could not be cloned');
    expect(await send(9)).toEqual({ id: 9, error: 'DataCloneError: the file could not be cloned' });
  });
});
