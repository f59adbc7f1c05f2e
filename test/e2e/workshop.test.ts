import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bodyText, readPdf, squash } from '../support/read-pdf.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openRecordedPage } from './support/browser.ts';
import { answerStep, next, type Pick, STEPS, waitForStep } from './support/questionnaire.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Fill in the whole questionnaire as one participant and stop on the results page. */
async function completeAs(page: Page, who: { name: string; role: string }, picks: Record<string, Pick>): Promise<void> {
  await page.goto(`${baseUrl}/questionnaire/`);
  await page.waitForSelector('#step-heading');
  await page.locator('#meta-organisation').fill('Northwind Pharma');
  await page.locator('#meta-respondent').fill(who.name);
  await page.locator('#meta-role').fill(who.role);
  for (let step = 1; step <= STEPS; step += 1) {
    await waitForStep(page, step);
    await answerStep(page, picks);
    await next(page);
  }
  await page.waitForURL('**/results/');
  await page.waitForSelector('#summary-heading');
}

const downloads = mkdtempSync(join(tmpdir(), 'workshop-downloads-'));

/** Press "Download answers file (JSON)" and keep the file (downloads vanish when their context closes). */
async function exportResponse(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download answers file (JSON)' }).click(),
  ]);
  const path = join(downloads, `${String(Date.now())}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

/** Open the workshop page and create a workshop for `client`. */
async function newWorkshop(page: Page, client: string, participants = ''): Promise<void> {
  await page.goto(`${baseUrl}/workshop/`);
  await page.getByLabel('Client').waitFor();
  expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
  await page.getByLabel('Client').fill(client);
  if (participants !== '') await page.getByLabel('Expected participants').fill(participants);
  await page.getByRole('button', { name: 'Create workshop' }).click();
}

const PARTICIPANTS = [
  { who: { name: 'Dana Whitfield', role: 'VP Sales' }, goal: 'call-allocation' },
  { who: { name: 'Sam Ortiz', role: 'Marketing' }, goal: 'message-channel' },
  { who: { name: 'Lee Park', role: 'Sales operations' }, goal: 'share-of-wallet' },
] as const;

describe('a workshop with three participants', () => {
  it('gathers three exported responses, shows the planted disagreement and lets the facilitator override the agreed answer', async () => {
    const files: string[] = [];
    for (const p of PARTICIPANTS) {
      const { page, context } = await openRecordedPage(browser, baseUrl);
      await completeAs(page, p.who, { 'method.goal': p.goal });
      const file = await exportResponse(page);
      const exported = JSON.parse(readFileSync(file, 'utf8')) as {
        meta: { respondent: string };
        answers: Record<string, unknown>;
      };
      expect(exported.meta.respondent).toBe(p.who.name);
      expect(exported.answers['method.goal']).toBe(p.goal);
      files.push(file);
      await context.close();
    }

    const { page, context, outsideRequests, errors } = await openRecordedPage(browser, baseUrl);
    await newWorkshop(page, 'Northwind Pharma', PARTICIPANTS.map((p) => `${p.who.name}, ${p.who.role}`).join('\n'));
    await page.getByLabel(/Drop response files here/).setInputFiles(files);
    await page.waitForSelector('text=3 responses');
    expect(await page.locator('.participants li').allTextContents()).toEqual(
      PARTICIPANTS.map((p) => `✓ ${p.who.name}, ${p.who.role}: responded`),
    );

    // The planted disagreement: three roles, three different goals.
    const goalRow = page.locator('[id="team-method.goal"]');
    expect(await goalRow.locator('.disagreement').textContent()).toBe('100%');
    expect(await goalRow.locator('.by-role').textContent()).toContain('VP Sales:');
    const alignment = page.locator('section[aria-labelledby="alignment-heading"]');
    const goalFinding = alignment.locator('.finding', { hasText: /goal/i });
    expect(await goalFinding.count()).toBeGreaterThan(0);
    expect(await goalFinding.first().textContent()).toContain('VP Sales');

    // Override the agreed goal and record why.
    const valueBasedFit = async (): Promise<number> => {
      const row = page.locator('.results table.data-table tr', { hasText: /value-based/i }).first();
      return Number(await row.locator('td').nth(1).textContent());
    };
    const fitBefore = await valueBasedFit();
    await goalRow.getByRole('button', { name: /change the agreed answer/i }).click();
    await goalRow.getByLabel(/Agreed answer on/).selectOption('share-of-wallet');
    await goalRow.getByLabel('Discussion note').fill('Finance wants margin growth this year.');
    await goalRow.getByLabel('Discussion note').blur();
    await goalRow.getByRole('button', { name: 'Done' }).click();
    expect(await goalRow.locator('.badge', { hasText: 'overridden' }).count()).toBe(1);
    expect(await goalRow.textContent()).toContain('Finance wants margin growth this year.');
    // The team plan is built from the consensus: the agreed share-of-wallet goal raises the value-based method's fit.
    expect(await valueBasedFit()).toBeGreaterThan(fitBefore);

    // The workshop's PDF gains an Alignment section with the participants, the disagreement and the decision.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const pdfText = bodyText(await readPdf(new Uint8Array(readFileSync(await download.path()))));
    for (const expected of [
      'Alignment',
      'Dana Whitfield',
      'Sam Ortiz',
      'Lee Park',
      'Decisions taken',
      'Finance wants margin growth this year.',
    ]) {
      expect(pdfText, expected).toContain(squash(expected));
    }
    expect(pdfText).toMatch(/Nosharedviewof/);

    // It survives a reload.
    await page.reload();
    await page.waitForSelector('text=3 responses');
    expect(await page.locator('[id="team-method.goal"] .badge', { hasText: 'overridden' }).count()).toBe(1);
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before replacing a response from the same respondent', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await completeAs(page, { name: 'Dana Whitfield', role: 'VP Sales' }, {});
    const file = await exportResponse(page);
    await newWorkshop(page, 'Acme');
    await page.getByLabel(/Drop response files here/).setInputFiles([file]);
    await page.waitForSelector('text=1 responses');
    await page.getByLabel(/Drop response files here/).setInputFiles([file]);
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('Dana Whitfield already has a response');
    await page.getByRole('button', { name: 'Keep the earlier response' }).click();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await page.locator('text=1 responses').count()).toBe(1);
    await context.close();
  });

  it('compares today with last time in the re-assessment view', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await completeAs(page, { name: 'Dana Whitfield', role: 'VP Sales' }, {});
    const today = await exportResponse(page);
    // Last time, nothing was written down about the segmentation's goal.
    const earlier = JSON.parse(readFileSync(today, 'utf8')) as {
      answers: Record<string, unknown>;
      meta: { date: string };
    };
    earlier.answers['readiness.objective'] = 'none';
    earlier.meta.date = '2025-11-20';
    await newWorkshop(page, 'Acme');
    await page.getByLabel(/Drop response files here/).setInputFiles([today]);
    await page.waitForSelector('text=1 responses');
    await page
      .getByLabel('Last time’s answers file')
      .setInputFiles([
        { name: 'last-year.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(earlier)) },
      ]);
    const drift = page.locator('section[aria-labelledby="drift-heading"]');
    await drift.getByText(/Compared with last-year\.json/).waitFor();
    expect(await drift.getByRole('heading', { name: '1 changed answers' }).count()).toBe(1);
    const changed = drift.getByRole('table', { name: 'Answers that changed' });
    expect(await changed.textContent()).toContain('There is no specific decision');
    // A written decision with a KPI raises readiness, so it moved up since last time.
    expect(await drift.textContent()).toMatch(/Readiness moved from \d+ to \d+ \(\+\d+\)/);
    await context.close();
  });

  it('runs a presenter view with hidden answers and keyboard shortcuts', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await completeAs(page, { name: 'Dana Whitfield', role: 'VP Sales' }, {});
    const file = await exportResponse(page);
    await newWorkshop(page, 'Acme');
    await page.getByLabel(/Drop response files here/).setInputFiles([file]);
    await page.getByRole('button', { name: 'Presenter view' }).click();
    const presenter = page.getByRole('region', { name: 'Presenter view' });
    expect(await presenter.textContent()).toContain('Question 1 of');
    expect(await presenter.locator('.bars').count()).toBe(0);
    await page.keyboard.press('r');
    expect(await presenter.locator('.bars li').count()).toBeGreaterThan(0);
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    expect(await presenter.textContent()).toContain('Question 2 of');
    expect(await presenter.locator('.bars').count()).toBe(0);
    await page.keyboard.press('ArrowLeft');
    expect(await presenter.textContent()).toContain('Question 1 of');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('region', { name: 'Presenter view' }).count()).toBe(0);
    await context.close();
  });
});

/** The results page's first screen in words: the verdict, the facts, the design, the risks and the actions. */
const summaryText = (page: Page): Promise<string> =>
  page.locator('.overview').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelector('.overview-actions')?.remove();
    return copy.textContent;
  });

describe('share links and imports', () => {
  it('round-trips an assessment through a share link, and the recipient can save a copy', async () => {
    const sender = await openRecordedPage(browser, baseUrl);
    await completeAs(sender.page, { name: 'Sam Ortiz', role: 'Marketing' }, { 'method.goal': 'message-channel' });
    await sender.page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await sender.page.getByLabel('Share link').inputValue();
    expect(link.startsWith(`${baseUrl}/share/#share=`)).toBe(true);
    expect(link.length).toBeLessThan(2_000);
    // The first screen's summary, without the buttons that differ between the two pages.
    const sentSummary = await summaryText(sender.page);
    await sender.context.close();

    const recipient = await openRecordedPage(browser, baseUrl);
    await recipient.page.goto(link);
    await recipient.page.waitForSelector('#summary-heading');
    expect(await summaryText(recipient.page)).toBe(sentSummary);
    expect((await axeViolations(recipient.page)).map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
    // The answers travel in the fragment, which is never sent to the server.
    expect(recipient.requests.some((r) => r.includes('share='))).toBe(false);
    await recipient.page.getByRole('button', { name: 'Save a copy in this browser' }).click();
    await recipient.page.getByRole('link', { name: 'Open it in the questionnaire' }).click();
    await recipient.page.waitForSelector('#step-heading');
    expect(await recipient.page.getByText(/Assessment: Northwind Pharma · Sam Ortiz/).count()).toBe(1);
    await recipient.context.close();
  });

  it('reports a tampered share link clearly and changes nothing', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await page.goto(`${baseUrl}/share/#share=1.AAAAtampered`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/share link/i);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await context.close();
  });

  it('imports text containing script tags as plain text, and leaves stored assessments byte-for-byte unchanged', async () => {
    const { page, context, errors } = await openRecordedPage(browser, baseUrl);
    await completeAs(page, { name: 'Lee Park', role: 'Sales operations' }, {});
    const before = await page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    );
    await newWorkshop(page, 'Acme');
    const hostile = {
      schemaVersion: 1,
      contentVersion: '1.0.0',
      meta: {
        organisation: 'Acme',
        respondent: '<img src=x onerror="window.pwned=1">',
        role: '<script>window.pwned=2</script>',
        date: '2026-11-20',
      },
      answers: { 'systems.crm-owner': '<script>window.pwned=3</script>', 'systems.in-use': ['crm'] },
      notes: {},
    };
    await page
      .getByLabel(/Drop response files here/)
      .setInputFiles([
        { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) },
      ]);
    await page.waitForSelector('text=1 responses');
    expect(await page.locator('body').textContent()).toContain('<script>window.pwned=2</script>');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const after = await page.evaluate(() =>
      Object.fromEntries(
        Object.keys(localStorage)
          .filter((k) => !k.includes('workshop'))
          .map((k) => [k, localStorage.getItem(k)]),
      ),
    );
    expect(after).toEqual(before);
    await page
      .getByLabel(/Drop response files here/)
      .setInputFiles([
        { name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1, ') },
      ]);
    await page.locator('.import-outcomes', { hasText: 'not-json.json' }).waitFor();
    expect(await page.locator('.import-outcomes').textContent()).toMatch(
      /not-json\.json: .*(JSON|cut off|incomplete)/i,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
