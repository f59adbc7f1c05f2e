// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfJob, PdfReply } from '../../../src/render/pdf/worker-protocol.ts';
import type { Plan } from '../../../src/schema/plan/index.ts';
import { fullPlan, realContent } from './support/plans.ts';

/** A stand-in for the browser's Worker: it records what it is sent and replies when told to. */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly jobs: PdfJob[] = [];
  terminated = false;
  failPosting: Error | null = null;
  private readonly listeners = new Map<string, ((event: unknown) => void)[]>();

  readonly url: URL | string;
  readonly options: WorkerOptions | undefined;

  constructor(url: URL | string, options?: WorkerOptions) {
    this.url = url;
    this.options = options;
    FakeWorker.started.push(this);
  }

  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(job: PdfJob): void {
    if (this.failPosting !== null) throw this.failPosting;
    this.jobs.push(job);
  }

  terminate(): void {
    this.terminated = true;
  }

  emit(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  reply(reply: PdfReply): void {
    this.emit('message', { data: reply });
  }
}

type Client = typeof import('../../../src/render/pdf/pdf-client.ts');

/** The client afresh: a page on which nobody has asked for a PDF yet. */
async function freshClient(): Promise<Client> {
  vi.resetModules();
  return import('../../../src/render/pdf/pdf-client.ts');
}

const content = realContent();
const options = { brand: content.brand };
let plan: Plan;

/** The worker answers job `id` with a file, and the request resolves with that very file. */
async function expectAnswered(request: Promise<Blob>, worker: FakeWorker | undefined, id: number): Promise<void> {
  const blob = new Blob(['%PDF-']);
  worker?.reply({ id, blob });
  expect(await request).toBe(blob);
}

/** Let the client's promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  plan = fullPlan({ organisation: 'Northwind' });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the PDF worker client', () => {
  it('starts no worker until a PDF is asked for, then one module worker for every request', async () => {
    const { renderPdf } = await freshClient();
    expect(FakeWorker.started).toHaveLength(0);

    const first = renderPdf(plan, options);
    const second = renderPdf(plan, options);
    expect(FakeWorker.started).toHaveLength(1);
    const [worker] = FakeWorker.started;
    expect(String(worker?.url)).toMatch(/pdf-worker\.ts/);
    expect(worker?.options).toMatchObject({ type: 'module' });
    expect(worker?.jobs.map((job) => job.id)).toEqual([1, 2]);
    expect(worker?.jobs[0]).toEqual({ id: 1, plan, options, base: document.baseURI });

    // Replies come back in any order; each settles the request it answers.
    const secondBlob = new Blob(['second']);
    const firstBlob = new Blob(['first']);
    worker?.reply({ id: 2, blob: secondBlob });
    worker?.reply({ id: 1, blob: firstBlob });
    expect(await first).toBe(firstBlob);
    expect(await second).toBe(secondBlob);
  });

  it('rejects a request with the reason the worker gives, and starts a new worker for the next', async () => {
    const { renderPdf } = await freshClient();
    const failing = renderPdf(plan, options);
    const other = renderPdf(plan, options);
    const first = FakeWorker.started[0];
    first?.reply({ id: 1, error: 'Could not load the font /_astro/noto.woff: 404 Not Found' });
    await expect(failing).rejects.toThrow('Could not load the font /_astro/noto.woff: 404 Not Found');
    // The failed worker may remember its failure (a chunk that did not load), so it is not reused.
    await expect(other).rejects.toThrow('the PDF worker was stopped after an error');
    expect(first?.terminated).toBe(true);

    const next = renderPdf(plan, options);
    expect(FakeWorker.started).toHaveLength(2);
    await expectAnswered(next, FakeWorker.started[1], 3);
  });

  it('ignores a reply to a request it is not waiting for', async () => {
    const { renderPdf } = await freshClient();
    const request = renderPdf(plan, options);
    const worker = FakeWorker.started[0];
    worker?.reply({ id: 99, blob: new Blob(['stray']) });
    await expectAnswered(request, worker, 1);
  });

  it('fails every waiting request when the worker itself fails, and starts a new worker for the next', async () => {
    const { renderPdf } = await freshClient();
    const first = renderPdf(plan, options);
    const second = renderPdf(plan, options);
    const broken = FakeWorker.started[0];
    const preventDefault = vi.fn();
    broken?.emit('error', { message: '', preventDefault });
    await expect(first).rejects.toThrow('the PDF worker stopped: its script could not be loaded');
    await expect(second).rejects.toThrow('the PDF worker stopped: its script could not be loaded');
    expect(preventDefault).toHaveBeenCalled();
    expect(broken?.terminated).toBe(true);

    const retry = renderPdf(plan, options);
    expect(FakeWorker.started).toHaveLength(2);
    await expectAnswered(retry, FakeWorker.started[1], 3);
  });

  it('names the error the worker threw outside a job, and a reply it could not read', async () => {
    const { renderPdf } = await freshClient();
    const first = renderPdf(plan, options);
    FakeWorker.started[0]?.emit('error', {
      message: 'Uncaught RangeError: out of memory',
      preventDefault: () => undefined,
    });
    await expect(first).rejects.toThrow('the PDF worker stopped: Uncaught RangeError: out of memory');

    const second = renderPdf(plan, options);
    FakeWorker.started[1]?.emit('messageerror', {});
    await expect(second).rejects.toThrow('the PDF worker sent a reply that could not be read');
  });

  it('stops a worker that has not answered within the time limit, so the button is never busy for good', async () => {
    vi.useFakeTimers();
    const { renderPdf, TIME_LIMIT_MS } = await freshClient();
    const stuck = renderPdf(plan, options);
    const rejected = expect(stuck).rejects.toThrow('the PDF took more than 2 minutes, so its worker was stopped');
    await vi.advanceTimersByTimeAsync(TIME_LIMIT_MS - 1);
    expect(FakeWorker.started[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await rejected;
    expect(FakeWorker.started[0]?.terminated).toBe(true);

    // A job answered in time is not stopped by its time limit later.
    const quick = renderPdf(plan, options);
    await expectAnswered(quick, FakeWorker.started[1], 2);
    await vi.advanceTimersByTimeAsync(TIME_LIMIT_MS);
    expect(FakeWorker.started[1]?.terminated).toBe(false);
  });

  it('lets no late event from a stopped worker touch the worker that replaced it', async () => {
    const { renderPdf } = await freshClient();
    const first = renderPdf(plan, options);
    const old = FakeWorker.started[0];
    old?.emit('error', { message: '', preventDefault: () => undefined });
    await expect(first).rejects.toThrow('the PDF worker stopped');

    const second = renderPdf(plan, options);
    const current = FakeWorker.started[1];
    old?.emit('error', { message: 'late', preventDefault: () => undefined });
    old?.emit('messageerror', {});
    old?.reply({ id: 2, error: 'late reply' });
    expect(current?.terminated).toBe(false);
    await expectAnswered(second, current, 2);
  });

  it('rejects a request the worker cannot be sent, and still answers the others', async () => {
    const { renderPdf } = await freshClient();
    const first = renderPdf(plan, options);
    const worker = FakeWorker.started[0];
    if (worker !== undefined) worker.failPosting = new Error('DataCloneError: a function could not be cloned');
    await expect(renderPdf(plan, options)).rejects.toThrow('DataCloneError: a function could not be cloned');
    await settle();
    // The failed request is not left waiting: the earlier one still gets its reply.
    await expectAnswered(first, worker, 1);
  });
});
