import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { DownloadPdfButton } from '../../../src/render/web/DownloadPdfButton.tsx';
import type { Plan } from '../../../src/schema/plan/index.ts';
import { fullPlan, PROJECT_ROOT, realContent } from './support/plans.ts';

/** The PDF worker's client, replaced: the test controls when rendering finishes. */
const pdfClient = vi.hoisted(() => ({
  renderPdf: vi.fn<(plan: Plan, options: unknown) => Promise<Blob>>(),
}));

vi.mock('../../../src/render/pdf/pdf-client.ts', () => ({ renderPdf: pdfClient.renderPdf }));

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

let plan: Plan;
let createObjectURL: MockInstance<(object: Blob | MediaSource) => string>;
let clicked: { download: string; href: string }[];

beforeEach(() => {
  plan = fullPlan({ organisation: 'Société Générale Médical Ærø' });
  clicked = [];
  pdfClient.renderPdf.mockReset();
  createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:http://localhost/plan');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderButton() {
  const content = realContent();
  return render(<DownloadPdfButton plan={plan} brand={content.brand} />);
}

describe('DownloadPdfButton', () => {
  it('asks for the PDF only when clicked, shows and announces a busy state, then downloads the file under its safe name', async () => {
    const pending = deferred<Blob>();
    pdfClient.renderPdf.mockReturnValue(pending.promise);
    renderButton();
    const button = screen.getByRole('button', { name: 'Download PDF' });
    expect(button.getAttribute('aria-busy')).toBe('false');
    expect(pdfClient.renderPdf).not.toHaveBeenCalled();
    // The live region is there, empty, before anything is announced.
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');

    fireEvent.click(button);
    await waitFor(() => expect(pdfClient.renderPdf).toHaveBeenCalledTimes(1));
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.textContent).toBe('Preparing PDF…');
    expect(status.textContent).toBe('Preparing the PDF. This takes a few seconds.');
    expect(clicked).toEqual([]);

    const blob = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    pending.resolve(blob);
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([
      {
        download: 'societe-generale-medical-aero-segmentation-plan-2025-03-03.pdf',
        href: 'blob:http://localhost/plan',
      },
    ]);
    expect(button.getAttribute('aria-busy')).toBe('false');
    expect(button.textContent).toBe('Download PDF');
    expect(status.textContent).toBe(
      'The PDF is ready: societe-generale-medical-aero-segmentation-plan-2025-03-03.pdf.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('passes the plan, which carries its citations and sources, and the brand to the renderer', async () => {
    pdfClient.renderPdf.mockResolvedValue(new Blob(['%PDF-']));
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    const content = realContent();
    expect(pdfClient.renderPdf).toHaveBeenCalledWith(plan, { brand: content.brand });
    const [sent] = pdfClient.renderPdf.mock.calls[0] ?? [];
    const finding = (sent as typeof plan).mistakeFindings[0];
    const mistake = content.mistakes.find((m) => m.id === finding?.mistakeId);
    expect(mistake?.sources.length).toBeGreaterThan(0);
    expect(finding?.sources).toEqual(mistake?.sources);
    expect((sent as typeof plan).sources.length).toBeGreaterThan(0);
  });

  it('ignores clicks while the PDF is being prepared', async () => {
    const pending = deferred<Blob>();
    pdfClient.renderPdf.mockReturnValue(pending.promise);
    renderButton();
    const button = screen.getByRole('button', { name: 'Download PDF' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(pdfClient.renderPdf).toHaveBeenCalledTimes(1));
    fireEvent.click(button);
    pending.resolve(new Blob(['%PDF-']));
    await waitFor(() => expect(clicked).toHaveLength(1));
    await flush();
    expect(pdfClient.renderPdf).toHaveBeenCalledTimes(1);
    expect(clicked).toHaveLength(1);
  });

  it('says in an alert when the PDF cannot be prepared, clears the status, and lets the reader try again', async () => {
    pdfClient.renderPdf.mockRejectedValueOnce(new Error('Could not load the font'));
    renderButton();
    const button = screen.getByRole('button', { name: 'Download PDF' });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Could not load the font'));
    expect(button.getAttribute('aria-busy')).toBe('false');
    // Said once, by the alert: the status no longer says the PDF is being prepared.
    expect(screen.getByRole('status').textContent).toBe('');
    expect(clicked).toEqual([]);

    pdfClient.renderPdf.mockResolvedValueOnce(new Blob(['%PDF-']));
    fireEvent.click(button);
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('loads react-pdf only in the worker, which the client starts from its own URL, and there only with a dynamic import', () => {
    const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');
    const staticImports = (file: string) =>
      [...read(file).matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');
    // The button: the worker's client and the file name, nothing that renders.
    const button = 'src/render/web/DownloadPdfButton.tsx';
    expect(staticImports(button).filter((s) => s.includes('react-pdf') || s.includes('/pdf/'))).toEqual([
      '../pdf/file-name.ts',
      '../pdf/pdf-client.ts',
    ]);
    // The file name reads graphemes with text-width.ts, which imports nothing.
    expect(staticImports('src/render/pdf/file-name.ts')).toEqual(['./text-width.ts']);
    expect(staticImports('src/render/pdf/text-width.ts')).toEqual([]);
    // The client: types only, and the worker as a URL the bundler builds on its own.
    expect(staticImports('src/render/pdf/pdf-client.ts')).toEqual([]);
    expect(read('src/render/pdf/pdf-client.ts')).toContain("new Worker(new URL('./pdf-worker.ts', import.meta.url)");
    // The worker: the font URLs up front, react-pdf when the first job arrives.
    expect(staticImports('src/render/pdf/pdf-worker.ts')).toEqual(['./browser-fonts.ts']);
    expect(staticImports('src/render/pdf/browser-fonts.ts').every((s) => s.endsWith('?url'))).toBe(true);
    expect(read('src/render/pdf/pdf-worker.ts')).toContain("await import('./browser.ts')");
  });
});
