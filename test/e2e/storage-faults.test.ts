// Storage faults in the real browser (issue 20, 10-12): a corrupt current assessment, storage
// already full when the page loads, and "Save a copy" on a shared plan while storage is full.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeShareFragment } from '../../src/workshop/share-link.ts';
import type { AnswersDocument } from '../../src/schema/answers.ts';
import { launchBrowser, openRecordedPage } from './support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const northwind = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '..', 'fixtures', 'answers', 'northwind-pharma.json'), 'utf8'),
) as AnswersDocument;

/** Two saved assessments, "Older Co" and "Current Co" (current), the way the questionnaire saves them. */
async function seed(page: Page, currentText?: string): Promise<void> {
  await page.goto(`${baseUrl}/404.html`);
  await page.evaluate(
    ({ document, currentText }) => {
      const record = (id: string, name: string, updatedAt: string) =>
        JSON.stringify({
          storageVersion: 1,
          id,
          name,
          step: 0,
          updatedAt,
          document: { ...document, meta: { ...document.meta, organisation: name } },
        });
      localStorage.setItem(
        'segment-playbook:v1:assessment:older01',
        record('older01', 'Older Co', '2026-01-01T00:00:00.000Z'),
      );
      localStorage.setItem(
        'segment-playbook:v1:assessment:current1',
        currentText ?? record('current1', 'Current Co', '2026-01-02T00:00:00.000Z'),
      );
      localStorage.setItem(
        'segment-playbook:v1:index',
        JSON.stringify({
          storageVersion: 1,
          currentId: 'current1',
          assessments: [
            { id: 'current1', name: 'Current Co', updatedAt: '2026-01-02T00:00:00.000Z' },
            { id: 'older01', name: 'Older Co', updatedAt: '2026-01-01T00:00:00.000Z' },
          ],
        }),
      );
    },
    { document: northwind, currentText },
  );
}

/** Fill the origin's storage until not even one more character fits. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 4)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n}`, chunk);
          n += 1;
        } catch {
          break;
        }
      }
    }
  });
}

const snapshot = (page: Page): Promise<string> =>
  page.evaluate(() =>
    JSON.stringify(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('segment-playbook'))
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

describe('storage faults', () => {
  it('sets a corrupt current assessment aside with a notice and opens the next one, the same on /results/ and the questionnaire', async () => {
    const { page, context, errors } = await openRecordedPage(browser, baseUrl);
    await seed(page, '{"storageVersion": 1, "id": "current1", "name": ');
    await page.goto(`${baseUrl}/results/`);
    await page.getByRole('alert').filter({ hasText: 'could not be read and was set aside' }).waitFor();
    await page.waitForSelector('#summary-heading');
    expect(await page.locator('.results-meta').textContent()).toContain('Older Co');
    await page.goto(`${baseUrl}/questionnaire/`);
    await page.waitForSelector('#step-heading');
    expect(await page.locator('#assessments-heading').textContent()).toBe('Assessment: Older Co');
    expect(await page.locator('#meta-organisation').inputValue()).toBe('Older Co');
    expect(await page.locator('.assessments summary').textContent()).toContain('(1 saved · manage)');
    expect(await page.locator('body').textContent()).not.toContain('Current Co');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with storage full before the page loads, shows the saved assessments, says storage is full and never claims a save', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await seed(page);
    await fillStorage(page);
    const before = await snapshot(page);
    await page.goto(`${baseUrl}/questionnaire/`);
    await page.waitForSelector('#step-heading');
    const body = async (): Promise<string> => (await page.locator('body').textContent()) ?? '';
    expect(await body()).toContain('storage is full');
    expect(await body()).not.toMatch(/not letting the site save/);
    expect(await page.locator('#meta-organisation').inputValue()).toBe('Current Co');
    expect(await page.locator('.assessments summary').textContent()).toContain('(2 saved · manage)');
    expect(await page.locator('.assessment-list').textContent()).toContain('Older Co');
    expect(await page.locator('.save-state').textContent()).not.toContain('saved in this browser');
    await page.locator('#meta-respondent').fill('Someone new');
    expect(await page.locator('.save-state').textContent()).not.toContain('saved in this browser');
    expect(await snapshot(page)).toBe(before);
    await context.close();
  });

  it('"Save a copy in this browser" on a shared plan with storage full reports the failure and offers the answers file', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await page.goto(`${baseUrl}/404.html`);
    await fillStorage(page);
    const before = await snapshot(page);
    await page.goto(`${baseUrl}/share/#${await encodeShareFragment(northwind)}`);
    await page.waitForSelector('#summary-heading');
    await page.getByRole('button', { name: 'Save a copy in this browser' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'No copy was saved' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('storage is full');
    expect(await page.getByText('Saved a copy in this browser').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download answers file (JSON)' }).click(),
    ]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as AnswersDocument;
    expect(saved.meta.organisation).toBe(northwind.meta.organisation);
    expect(await snapshot(page)).toBe(before);
    await context.close();
  });
});
