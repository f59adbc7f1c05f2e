import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bodyText, readPdf, squash } from '../support/read-pdf.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openRecordedPage } from './support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Press Tab until the focused element matches `selector`; fails when it is not reached. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 300; presses += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Keyboard answers: an option id (single), option ids (multiple) or a number, as a sales director at a dental supplier would give them. */
const ANSWERS: Record<string, string | string[] | number> = {
  'organisation.industry': 'distribution',
  'organisation.route': ['field', 'inside-sales'],
  'organisation.unit': 'site',
  'method.goal': 'coverage-roles',
  'readiness.sponsor': 'named',
  'rollout.incentives': 'no-change',
  'readiness.potential': 'proxy',
  'method.data': ['transactions', 'firmographics'],
  'method.analytics': 'basic',
  'segment-count.reps': 85,
  'segment-count.calls-per-rep': 950,
  'segment-count.accounts': 28000,
  'segment-count.capacity-check': 'rough',
  'current-state.exists': 'formal',
  'current-state.signs': ['growth-plateau', 'low-potential-effort'],
};

/** Answer one question with the keyboard only: arrows in a radio group, Space on a checkbox, typing in a number field. */
async function answerByKeyboard(page: Page, id: string, answer: string | string[] | number): Promise<void> {
  const block = `[id="q-${id}"]`;
  if (typeof answer === 'number') {
    await tabTo(page, `${block} input[inputmode], ${block} input[type="text"], ${block} input[type="number"]`);
    await page.keyboard.type(String(answer));
  } else if (Array.isArray(answer)) {
    for (const value of answer) {
      await tabTo(page, `${block} input[type="checkbox"][value="${value}"]`);
      await page.keyboard.press('Space');
    }
  } else {
    // Tab enters a radio group on its first option; each arrow press moves to the next one and checks it.
    await tabTo(page, `${block} input[type="radio"]`);
    const values = await page
      .locator(`${block} input[type="radio"]`)
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const steps = values.indexOf(answer);
    expect(steps, `${id} offers ${answer}`).toBeGreaterThanOrEqual(0);
    if (steps === 0) await page.keyboard.press('Space');
    for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
  }
  if (typeof answer === 'string')
    expect(await page.locator(`${block} input[value="${answer}"]`).isChecked(), id).toBe(true);
}

/** Every localStorage entry, to prove a page changed nothing stored. */
const storageOf = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? ''])));

describe('the quick check', () => {
  it('is completed by keyboard, gives a short plan and PDF, and hands every answer to the full assessment', async () => {
    const { page, context, errors, outsideRequests } = await openRecordedPage(browser, baseUrl);
    const violations: string[] = [];
    const checkAxe = async (where: string): Promise<void> => {
      for (const v of await axeViolations(page))
        violations.push(`${where}: ${v.id} ${v.help} at ${v.targets.join(', ')}`);
    };
    await page.goto(`${baseUrl}/`);
    await tabTo(page, 'a[href="/quick-check/"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/quick-check/');
    await page.waitForSelector('#step-heading');
    const asked: string[] = [];
    for (let step = 1; ; step += 1) {
      await page.waitForFunction(
        (n) => document.querySelector('#step-heading')?.textContent.startsWith(`${n}.`) === true,
        step,
      );
      await checkAxe(`quick step ${step}`);
      if (step === 1) {
        await tabTo(page, '#meta-organisation');
        await page.keyboard.type('Brightsmile Dental Supply');
      }
      // Answering can show further questions (the signs, once there is a segmentation today), so look again.
      for (let pass = 0; pass < 3; pass += 1) {
        const ids = await page.locator('.question').evaluateAll((els) => els.map((e) => e.id.replace(/^q-/, '')));
        const fresh = ids.filter((id) => !asked.includes(id));
        if (fresh.length === 0) break;
        for (const id of fresh) {
          const answer = ANSWERS[id];
          expect(answer, `the test has an answer for ${id}`).toBeDefined();
          if (answer !== undefined) await answerByKeyboard(page, id, answer);
          asked.push(id);
        }
      }
      await tabTo(page, 'form.step button[type="submit"]');
      const last = (await page.locator('form.step button[type="submit"]').textContent()) === 'See your quick result';
      await page.keyboard.press('Enter');
      if (last) break;
    }
    expect(asked.sort()).toEqual(Object.keys(ANSWERS).sort());

    await page.waitForURL('**/quick-check/result/');
    await page.waitForSelector('#summary-heading');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your quick check result');
    const trust = (await page.locator('.quick-trust').textContent()) ?? '';
    expect(trust).toContain(`${asked.length} of its ${asked.length} questions are answered`);
    expect(trust).toMatch(/Confidence is \d+ of 100 \((low|medium|high)\)/);
    expect(await page.locator('.quick-trust ol li').count()).toBe(3);
    for (const heading of ['Summary', 'Segment design', 'Readiness', 'Method', 'What the full assessment would change'])
      expect(await page.getByRole('heading', { level: 2, name: heading, exact: true }).count(), heading).toBe(1);
    for (const heading of ['Systems impact', 'Rollout', 'Review cadence'])
      expect(await page.getByRole('heading', { level: 2, name: heading, exact: true }).count(), heading).toBe(0);
    expect(await page.locator('.quick-trust a[href="#change-heading"]').count()).toBe(1);
    const changes = page.locator('.quick-changes > li');
    expect(await changes.count()).toBeGreaterThan(0);
    // Each listed question says what its answer would do, and links to it in the full assessment.
    for (const item of await changes.all()) {
      expect(await item.locator('ul li').count()).toBeGreaterThan(0);
      expect(await item.locator('a').first().getAttribute('href')).toMatch(/^\/questionnaire\/#q-/);
    }
    await checkAxe('quick result');

    // The short PDF, asked for by keyboard, is marked as a quick check on its cover and leaves out the rollout.
    await tabTo(page, '.pdf-download button');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.keyboard.press('Enter'),
    ]);
    const pdf = await readPdf(new Uint8Array(readFileSync(await download.path())));
    const cover = squash(pdf.pages[0]?.text ?? '');
    expect(cover).toContain(squash('QUICK CHECK'));
    expect(cover).toContain(squash('Brightsmile Dental Supply'));
    expect(cover).toContain(squash(`${asked.length} of its ${asked.length} questions are answered`));
    const text = bodyText(pdf);
    expect(text).toContain(squash('Executive summary'));
    expect(text).toContain(squash('Segment design'));
    expect(text).not.toContain(squash('Rollout playbook'));
    expect(pdf.pages.length).toBeLessThan(30);

    // On to the full assessment: the quick answers are there.
    await tabTo(page, 'a.button[href="/questionnaire/"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/questionnaire/');
    await page.waitForSelector('#step-heading');
    expect(await page.locator('#meta-organisation').inputValue()).toBe('Brightsmile Dental Supply');
    expect(await page.locator('[id="q-organisation.industry"] input[value="distribution"]').isChecked()).toBe(true);
    expect(await page.locator('[id="q-organisation.route"] input[value="inside-sales"]').isChecked()).toBe(true);
    await page
      .getByRole('button', { name: /Team, accounts|Segment count/ })
      .first()
      .click();
    await page.waitForSelector('[id="q-segment-count.reps"]');
    expect(await page.locator('[id="q-segment-count.reps"] input').first().inputValue()).toBe('85');
    expect(await page.locator('[id="q-segment-count.accounts"] input').first().inputValue()).toBe('28000');
    expect(violations).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 390 px wide phone without sideways scrolling', async () => {
    for (const path of ['/quick-check/', '/example/']) {
      const { page, context } = await openRecordedPage(browser, baseUrl, { viewport: { width: 390, height: 800 } });
      await page.goto(`${baseUrl}${path}`);
      await page.waitForSelector('h1');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      await context.close();
    }
  });
});

describe('the example plan', () => {
  it('opens its page and its PDF from the home page without touching the assessments stored in the browser', async () => {
    const { page, context, requests, outsideRequests, errors } = await openRecordedPage(browser, baseUrl);
    await page.goto(`${baseUrl}/`);
    const saved = JSON.parse(
      readFileSync(join(import.meta.dirname, '../fixtures/answers/northwind-pharma.json'), 'utf8'),
    ) as unknown;
    await page.evaluate((document) => {
      const id = 'mine0001';
      const updatedAt = '2026-01-01T00:00:00.000Z';
      localStorage.setItem(
        `segment-playbook:v1:assessment:${id}`,
        JSON.stringify({ storageVersion: 1, id, name: 'My own', step: 3, updatedAt, document }),
      );
      localStorage.setItem(
        'segment-playbook:v1:index',
        JSON.stringify({ storageVersion: 1, currentId: id, assessments: [{ id, name: 'My own', updatedAt }] }),
      );
    }, saved);
    const before = await storageOf(page);
    await page.reload();

    await page.getByRole('link', { name: /^example plan for / }).click();
    await page.waitForURL('**/example/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Example plan: /);
    expect(await page.getByText('This is an example.').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Rollout', exact: true }).count()).toBe(1);
    // Rendered when the site was built: no script runs on it.
    expect(await page.locator('script').count()).toBe(0);
    expect(requests.filter((r) => /\.m?js(\?|$)/.test(r))).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the example PDF' }).click(),
    ]);
    const pdf = await readPdf(new Uint8Array(readFileSync(await download.path())));
    expect(squash(pdf.pages[0]?.text ?? '')).toContain(squash('EXAMPLE PLAN'));
    expect(bodyText(pdf)).toContain(squash('Rollout playbook'));

    // The home page's own PDF link gives the same file.
    await page.goto(`${baseUrl}/`);
    const [fromHome] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'download its PDF' }).click(),
    ]);
    expect(readFileSync(await fromHome.path()).equals(readFileSync(await download.path()))).toBe(true);
    expect(await storageOf(page)).toEqual(before);
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
