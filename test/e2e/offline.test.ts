import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { answerStep, next, waitForStep } from './support/questionnaire.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('offline use', () => {
  it('keeps the questionnaire, the results and the guide working with the network cut after the first visit', async () => {
    // No request routing here: the service worker must see the requests itself.
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseUrl)) outside.push(r.url());
    });
    await page.goto(`${baseUrl}/questionnaire/`);
    await page.waitForSelector('#step-heading');
    // Wait until the service worker has installed and precached the site.
    const state = await page.evaluate(async () => {
      const timeout = new Promise<string>((resolve) =>
        setTimeout(() => resolve('no service worker within 15 s'), 15_000),
      );
      const ready = navigator.serviceWorker.ready.then(async (registration) => {
        const worker = registration.active;
        if (worker === null) return 'none';
        if (worker.state === 'activating')
          await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
        return worker.state;
      });
      return Promise.race([ready, timeout]);
    });
    expect(state).toBe('activated');
    await page.reload();
    await page.waitForSelector('#step-heading');

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await answerStep(page);
    await next(page);
    await waitForStep(page, 2);

    for (const path of ['/guide/', '/guide/mistakes/segmenting-without-purpose/', '/']) {
      const response = await page.goto(`${baseUrl}${path}`);
      expect(response?.ok(), path).toBe(true);
      expect(await page.getByRole('heading', { level: 1 }).count(), path).toBe(1);
    }
    await page.goto(`${baseUrl}/questionnaire/`);
    await page.waitForSelector('#step-heading');
    expect(await page.locator('#step-heading').textContent()).toMatch(/^2\. /);
    await page.goto(`${baseUrl}/results/`);
    await page.waitForSelector('h1');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your segmentation plan');
    // The PDF too: react-pdf and the Latin fonts were precached, so the download works offline.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(await download.failure()).toBeNull();
    expect(outside).toEqual([]);
    await context.close();
  });
});
