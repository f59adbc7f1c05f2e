import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderPlanPdfBuffer } from '../../../src/render/pdf/node.ts';
import { fullPlan, PROJECT_ROOT, realContent } from './support/plans.ts';
import { readPdf } from '../../support/read-pdf.ts';

/** A 120 × 36 PNG and a file that only claims to be one. */
const BRAND_DIR = join(PROJECT_ROOT, 'test/fixtures/brand');

async function renderWithLogo(logo: string): Promise<Buffer> {
  const content = realContent();
  return renderPlanPdfBuffer(fullPlan({ organisation: 'Northwind Médical' }), {
    brand: { ...content.brand, logo },
    publicDir: BRAND_DIR,
  });
}

/** The image objects in a PDF: react-pdf writes one per distinct image. */
const images = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length;

describe('the brand logo on the cover', () => {
  it('is drawn on the cover when the brand names one', async () => {
    const pdf = await renderWithLogo('/logo.png');
    expect(images(pdf)).toBe(1);
    const read = await readPdf(new Uint8Array(pdf));
    expect(read.pages[0]?.text).toContain('Customer segmentation plan');
  });

  it('is found under its name as stored, even a name with a combining accent (the text is composed, the path is not)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sp-logo-'));
    try {
      const name = 'logo-cafe\u0301.png';
      copyFileSync(join(BRAND_DIR, 'logo.png'), join(folder, name));
      const content = realContent();
      const pdf = await renderPlanPdfBuffer(fullPlan({ organisation: 'Northwind Médical' }), {
        brand: { ...content.brand, logo: `/${name}` },
        publicDir: folder,
      });
      expect(images(pdf)).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('is left out, and the plan still renders, when the file is not an image or is missing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const logo of ['/not-a-logo.png', '/missing.png']) {
        const pdf = await renderWithLogo(logo);
        expect(images(pdf), logo).toBe(0);
        const read = await readPdf(new Uint8Array(pdf));
        expect(read.pages.length, logo).toBeGreaterThan(20);
        expect(read.pages[0]?.text, logo).toContain('Northwind Médical');
      }
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
  });
});
