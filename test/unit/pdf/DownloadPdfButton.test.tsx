import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { DownloadPdfButton } from '../../../src/islands/results/DownloadPdfButton.tsx';
import type { Plan } from '../../../src/schema/plan.ts';
import { articleSources } from '../../../src/site/collections.ts';
import { fullPlan, PROJECT_ROOT, realContent } from './support/plans.ts';

/** The browser PDF module, replaced: the test controls when rendering finishes, and sees when the module is loaded. */
const pdfModule = vi.hoisted(() => ({
  loaded: false,
  renderPlanPdfBlob: vi.fn<(plan: Plan, options: unknown) => Promise<Blob>>(),
}));

/** The font prefetch, replaced: the test sees whether it ran before the PDF module was loaded. */
const fontModule = vi.hoisted(() => ({ prefetchedBeforeLoad: [] as boolean[] }));

vi.mock('../../../src/pdf/browser-fonts.ts', () => ({
  prefetchLatinFonts: () => fontModule.prefetchedBeforeLoad.push(pdfModule.loaded),
}));

vi.mock('../../../src/pdf/browser.ts', async () => {
  pdfModule.loaded = true;
  const { pdfFileName } = await vi.importActual<typeof import('../../../src/pdf/file-name.ts')>(
    '../../../src/pdf/file-name.ts',
  );
  return { renderPlanPdfBlob: pdfModule.renderPlanPdfBlob, pdfFileName };
});

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
  fontModule.prefetchedBeforeLoad.length = 0;
  plan = fullPlan({ organisation: 'Société Générale Médical Ærø' });
  clicked = [];
  pdfModule.renderPlanPdfBlob.mockReset();
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
  return render(
    <DownloadPdfButton
      plan={plan}
      brand={content.brand}
      sources={content.sources}
      articleSources={articleSources(content)}
    />,
  );
}

describe('DownloadPdfButton', () => {
  it('loads the PDF module only when clicked, shows a busy state, then downloads the file under its safe name', async () => {
    const pending = deferred<Blob>();
    pdfModule.renderPlanPdfBlob.mockReturnValue(pending.promise);
    renderButton();
    const button = screen.getByRole('button', { name: 'Download PDF' });
    expect(button.getAttribute('aria-busy')).toBe('false');
    expect(pdfModule.loaded).toBe(false);

    fireEvent.click(button);
    await waitFor(() => expect(pdfModule.renderPlanPdfBlob).toHaveBeenCalledTimes(1));
    expect(pdfModule.loaded).toBe(true);
    // The Latin fonts start loading before react-pdf's chunk is requested, not after it.
    expect(fontModule.prefetchedBeforeLoad).toEqual([false]);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.textContent).toBe('Preparing PDF…');
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
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('passes the plan, the brand, the sources and the sources of each article to the renderer', async () => {
    pdfModule.renderPlanPdfBlob.mockResolvedValue(new Blob(['%PDF-']));
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    const content = realContent();
    expect(pdfModule.renderPlanPdfBlob).toHaveBeenCalledWith(plan, {
      brand: content.brand,
      sources: content.sources,
      articleSources: articleSources(content),
    });
    const [, options] = pdfModule.renderPlanPdfBlob.mock.calls[0] ?? [];
    const mistake = content.mistakes[0];
    expect(mistake?.sources.length).toBeGreaterThan(0);
    expect((options as { articleSources: Record<string, string[]> }).articleSources[`mistakes/${mistake?.id}`]).toEqual(
      mistake?.sources,
    );
  });

  it('ignores clicks while the PDF is being prepared', async () => {
    const pending = deferred<Blob>();
    pdfModule.renderPlanPdfBlob.mockReturnValue(pending.promise);
    renderButton();
    const button = screen.getByRole('button', { name: 'Download PDF' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(pdfModule.renderPlanPdfBlob).toHaveBeenCalledTimes(1));
    fireEvent.click(button);
    pending.resolve(new Blob(['%PDF-']));
    await waitFor(() => expect(clicked).toHaveLength(1));
    await flush();
    expect(pdfModule.renderPlanPdfBlob).toHaveBeenCalledTimes(1);
    expect(clicked).toHaveLength(1);
  });

  it('says in an alert when the PDF cannot be prepared, and lets the reader try again', async () => {
    pdfModule.renderPlanPdfBlob.mockRejectedValueOnce(new Error('Could not load the font'));
    renderButton();
    const button = screen.getByRole('button', { name: 'Download PDF' });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Could not load the font'));
    expect(button.getAttribute('aria-busy')).toBe('false');
    expect(clicked).toEqual([]);

    pdfModule.renderPlanPdfBlob.mockResolvedValueOnce(new Blob(['%PDF-']));
    fireEvent.click(button);
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('imports nothing of react-pdf or the PDF renderer statically, only the font prefetch', () => {
    const staticImports = (file: string) => {
      const source = readFileSync(join(PROJECT_ROOT, file), 'utf8');
      return [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');
    };
    const button = 'src/islands/results/DownloadPdfButton.tsx';
    const pdfImports = staticImports(button).filter((s) => s.includes('react-pdf') || s.includes('/pdf/'));
    expect(pdfImports).toEqual(['../../pdf/browser-fonts.ts']);
    // The prefetch module loads font URLs only: no react-pdf, and no other module of the PDF.
    expect(staticImports('src/pdf/browser-fonts.ts').every((s) => s.endsWith('?url'))).toBe(true);
    expect(readFileSync(join(PROJECT_ROOT, button), 'utf8')).toContain("await import('../../pdf/browser.ts')");
  });
});
