import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bodyText, itemsOutsidePage, readPdf, squash } from '../support/read-pdf.ts';
import { launchBrowser, openRecordedPage } from './support/browser.ts';
import { answerStep, next, STEPS, waitForStep } from './support/questionnaire.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('printing the results page', () => {
  it.each(['A4', 'Letter'] as const)(
    'prints on %s with every line inside the page and the explanations opened',
    async (format) => {
      const { page, context } = await openRecordedPage(browser, baseUrl);
      await page.goto(`${baseUrl}/questionnaire/`);
      await page.waitForSelector('#step-heading');
      for (let step = 1; step <= STEPS; step += 1) {
        await waitForStep(page, step);
        await answerStep(page, { 'readiness.objective': 'none' });
        await next(page);
      }
      await page.waitForURL('**/results/');
      await page.waitForSelector('#summary-heading');
      // Chromium's PDF printing does not fire beforeprint, so fire it as the print dialog would.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      const pdf = await readPdf(new Uint8Array(await page.pdf({ format, printBackground: false })));
      expect(itemsOutsidePage(pdf)).toEqual([]);
      // Every page is numbered, "Page n of N", in its bottom margin.
      for (const p of pdf.pages)
        expect(squash(p.text), `page ${p.number}`).toContain(squash(`Page ${p.number} of ${pdf.pages.length}`));
      // No table is clipped at its right edge: every column heading of every table reaches the paper.
      const headings = await page.evaluate(() =>
        [...document.querySelectorAll('main table thead th')].map((th) => th.textContent.trim()).filter(Boolean),
      );
      expect(headings.length).toBeGreaterThan(10);
      // The browser prints no running header or footer: every line is body text, the first on each page too.
      const text = bodyText(pdf, 0);
      for (const heading of headings) expect(text, `column ${heading}`).toContain(squash(heading));
      for (const expected of [
        'Your segmentation plan',
        'Readiness',
        'Mistake findings',
        'Why it was flagged',
        'Lowered by',
        'Rollout phases',
        'Review cadence',
      ]) {
        expect(text, expected).toContain(squash(expected));
      }
      // Screen-only controls stay off the paper.
      for (const absent of [
        'Edit this answer',
        'Print this page',
        'Share or export these answers',
        'Skip to content',
      ]) {
        expect(text, absent).not.toContain(squash(absent));
      }
      await context.close();
    },
  );
});
