// Issue 20 in the real browser: a workshop a consultant can trust in front of a client, and bad
// files refused alike in the questionnaire's import and the workshop. Responses are written here
// as files (from the Northwind fixture), so no test has to fill in the questionnaire.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bodyText, pagesWith, readPdf, type ReadPdf, squash } from '../support/read-pdf.ts';
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

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const northwind = JSON.parse(readFileSync(join(FIXTURES, 'answers', 'northwind-pharma.json'), 'utf8')) as {
  meta: Record<string, string>;
  answers: Record<string, unknown>;
};

interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}
const jsonFile = (name: string, value: unknown): FilePayload => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});
/** Northwind's answers as one respondent gave them, with some answers changed. */
const responseFile = (respondent: string, role: string, answers: Record<string, unknown> = {}): FilePayload =>
  jsonFile(`${respondent.split(' ')[0]?.toLowerCase() ?? 'x'}.json`, {
    ...northwind,
    meta: { ...northwind.meta, respondent, role },
    answers: { ...northwind.answers, ...answers },
  });

/** Three people who differ on the goal only. */
const TEAM = [
  responseFile('Dana Whitfield', 'VP Sales', { 'method.goal': 'call-allocation' }),
  responseFile('Sam Ortiz', 'Marketing', { 'method.goal': 'message-channel' }),
  responseFile('Lee Park', 'Sales operations', { 'method.goal': 'share-of-wallet' }),
];

const storedWorkshops = (page: Page): Promise<string> =>
  page.evaluate(() =>
    JSON.stringify(
      Object.keys(localStorage)
        .filter((k) => k.includes('workshop'))
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

async function workshopWithTeam(page: Page, participants = ''): Promise<void> {
  await page.goto(`${baseUrl}/workshop/`);
  await page.getByLabel('Client').fill('Northwind Pharma');
  if (participants !== '') await page.getByLabel('Expected participants').fill(participants);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByLabel(/Drop response files here/).setInputFiles(TEAM);
  await page.waitForSelector('text=3 responses');
}

async function downloadPdf(page: Page): Promise<ReadPdf> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  return readPdf(new Uint8Array(readFileSync(await download.path())));
}
const downloadPdfText = async (page: Page): Promise<string> => bodyText(await downloadPdf(page));

describe('presenter view', () => {
  it('only navigates on ← → R Shift+R and Esc, wherever the focus is; the agreed answer changes only in its editor', async () => {
    const { page, context, errors } = await openRecordedPage(browser, baseUrl);
    await workshopWithTeam(page);
    await page.getByRole('button', { name: 'Presenter view' }).click();
    const presenter = page.getByRole('region', { name: 'Presenter view' });
    const before = await storedWorkshops(page);
    const progress = async (): Promise<string> => (await presenter.locator('.presenter-progress').textContent()) ?? '';

    // Every control the keyboard reaches in the presenter: the shortcuts must navigate, never edit.
    for (let stop = 0; stop < 12; stop += 1) {
      await page.keyboard.press('Tab');
      const start = await progress();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      expect(await progress()).toBe(start);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      expect(await storedWorkshops(page), `after the keys at tab stop ${stop}`).toBe(before);
    }
    await presenter.locator('h2').focus();
    await page.keyboard.press('ArrowRight');
    expect(await progress()).toMatch(/^Question 2 of/);
    await page.keyboard.press('Shift+R');
    expect(await presenter.locator('.bars li').count()).toBeGreaterThan(0);
    await page.keyboard.press('Shift+R');
    expect(await presenter.locator('.bars').count()).toBe(0);
    expect(await storedWorkshops(page)).toBe(before);

    // On purpose: open the editor and choose an answer.
    await page.keyboard.press('ArrowLeft');
    await presenter.getByRole('button', { name: /the answer|agreed answer/ }).click();
    const editor = presenter.getByRole('group', { name: 'Agreed answer editor' });
    await editor.getByLabel(/Agreed answer on/).waitFor();
    expect(await editor.getByLabel(/Agreed answer on/).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await presenter.count()).toBe(1);
    expect(await editor.count()).toBe(0);
    expect(await storedWorkshops(page)).toBe(before);
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await presenter.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('skips what everyone agreed on request, and draws the vote bars to scale', async () => {
    const four = [
      ...TEAM,
      responseFile('Kim Lau', 'Finance', { 'method.goal': 'message-channel', 'readiness.objective': 'none' }),
    ];
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await page.goto(`${baseUrl}/workshop/`);
    await page.getByLabel('Client').fill('Northwind Pharma');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await page.getByLabel(/Drop response files here/).setInputFiles(four);
    await page.waitForSelector('text=4 responses');
    await page.getByRole('button', { name: 'Presenter view' }).click();
    const presenter = page.getByRole('region', { name: 'Presenter view' });
    const total = async (): Promise<number> =>
      Number(/of (\d+)/.exec((await presenter.locator('.presenter-progress').textContent()) ?? '')?.[1]);
    const all = await total();
    expect(all).toBeGreaterThan(10);
    await presenter.getByLabel('Skip the questions everyone answered alike').check();
    // Only the goal and the objective were answered differently.
    expect(await total()).toBe(2);
    // Each bar is its count out of everyone who answered, on the same scale: equal counts equally long.
    const barsOf = () =>
      presenter
        .locator('.bars .bar')
        .evaluateAll((els) =>
          els.map((el) => ({ count: Number(el.getAttribute('data-count')), width: el.getBoundingClientRect().width })),
        );
    const seen: number[][] = [];
    for (const step of ['first', 'second']) {
      await presenter.locator('h2').focus();
      await page.keyboard.press('r');
      const bars = await barsOf();
      expect(bars.length, step).toBeGreaterThan(1);
      const unit = (bars[0]?.width ?? 0) / (bars[0]?.count ?? 1);
      for (const bar of bars) expect(Math.abs(bar.width - unit * bar.count), step).toBeLessThan(1.5);
      seen.push(bars.map((b) => b.count).sort());
      await page.keyboard.press('ArrowRight');
    }
    // The objective (3 and 1) and the goal (1, 2 and 1: two equal counts).
    expect(seen).toContainEqual([1, 1, 2]);
    await presenter.getByLabel('Skip the questions everyone answered alike').uncheck();
    expect(await total()).toBe(all);
    await context.close();
  });
});

describe('team view and team plan', () => {
  it('marks a differing default "not yet agreed" with its rule, lowers the plan\'s confidence and says so in the PDF, until confirmed', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await workshopWithTeam(
      page,
      'Dana Whitfield, VP Sales\nSam Ortiz, Marketing\nLee Park, Sales operations\nRia Expected, Finance',
    );
    const goalRow = page.locator('[id="team-method.goal"]');
    expect(await goalRow.textContent()).toContain('not yet agreed');
    expect(await goalRow.textContent()).toContain(
      'Default: a tie at 1 of 3 each, broken by taking the option listed first.',
    );
    const plan = page.locator('section[aria-labelledby="team-plan-heading"]');
    const confidence = async (): Promise<number> =>
      Number(/\((\d+) of 100\)/.exec((await plan.textContent()) ?? '')?.[1]);
    const lowered = await confidence();
    expect(await plan.textContent()).toContain('One question the team answered differently is not yet agreed');

    // Only respondents are respondents: Ria never answered.
    expect(await plan.locator('.results-meta').textContent()).not.toContain('Ria');
    const pdf = await downloadPdfText(page);
    expect(pdf).toContain(squash('is not yet agreed'));
    expect(pdf).toContain(squash('not yet agreed: the default'));
    expect(pdf).toContain(
      squash('Expected but did not answer, so not counted as respondents: Ria Expected (Finance).'),
    );
    const cover = pdf.slice(0, pdf.indexOf(squash('Contents')));
    expect(cover).not.toContain('Ria');
    expect(cover).toContain('DanaWhitfield');

    await goalRow.getByRole('button', { name: /Agree or change the agreed answer/ }).click();
    await goalRow.getByRole('button', { name: /as agreed/ }).click();
    expect(await goalRow.textContent()).not.toContain('not yet agreed');
    expect(await goalRow.locator('.badge', { hasText: 'agreed' }).count()).toBe(1);
    expect(await confidence()).toBeGreaterThan(lowered);
    expect(await plan.textContent()).not.toContain('not yet agreed');
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
    await context.close();
  });

  it('"Edit this answer" in the team plan opens the consensus editor at that question, not the questionnaire', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await workshopWithTeam(page);
    const plan = page.locator('section[aria-labelledby="team-plan-heading"]');
    // Findings and a draft's preview are collapsed to one line each: open them to reach their evidence.
    await plan.evaluate((el) => el.querySelectorAll('details').forEach((d) => (d.open = true)));
    const link = plan.getByRole('link', { name: /Edit this answer/ }).first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^#team-/);
    const questionId = href.slice('#team-'.length);
    await link.focus();
    await page.keyboard.press('Enter');
    const row = page.locator(`[id="team-${questionId}"]`);
    await row.getByLabel(/Agreed answer on/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/workshop/');
    expect(await row.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await context.close();
  });
});

describe('imports', () => {
  it("lists each dropped file's outcome in order, with what was set aside, and refuses a file with no usable answer", async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await page.goto(`${baseUrl}/workshop/`);
    await page.getByLabel('Client').fill('Acme');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const hostile = (name: string) => ({
      name,
      mimeType: 'application/json',
      buffer: readFileSync(join(FIXTURES, 'hostile', name)),
    });
    await page
      .getByLabel(/Drop response files here/)
      .setInputFiles([
        hostile('every-answer-invalid.json'),
        hostile('unknown-question-ids.json'),
        hostile('utf16-bom.json'),
        hostile('utf16-no-bom.json'),
      ]);
    const outcomes = page.locator('.import-outcomes > li');
    await outcomes.nth(3).waitFor();
    const texts = await outcomes.allTextContents();
    expect(texts[0]).toMatch(/^every-answer-invalid\.json: .*none of its 4 answers fits a question/);
    expect(texts[1]).toMatch(
      /^unknown-question-ids\.json: Added Ann Lee \(Sales VP\) with 1 answer\. One answer or note was set aside/,
    );
    expect(texts[1]).toContain('Set aside readiness.flux-capacitor: no question has this id in the current content');
    expect(texts[2]).toMatch(/^utf16-bom\.json: Ann Lee has already responded/);
    expect(texts[3]).toMatch(/^utf16-no-bom\.json: .*looks binary or is not UTF-8 text/);
    expect(before).not.toBe(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())));
    await context.close();
  });

  it("refuses the same files in the questionnaire's import with the same message, changing nothing stored, and reads UTF-16 with a mark", async () => {
    const { page, context, errors } = await openRecordedPage(browser, baseUrl);
    await page.goto(`${baseUrl}/questionnaire/`);
    await page.waitForSelector('#step-heading');
    await page.locator('#meta-organisation').fill('Kept Ltd');
    const stored = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    await page.waitForFunction(() => Object.keys(localStorage).length > 0);
    const before = await stored();
    const input = page.getByLabel('Import an answers file (.json) as a new assessment');
    await input.setInputFiles(join(FIXTURES, 'hostile', 'every-answer-invalid.json'));
    const alert = page.getByRole('alert').filter({ hasText: 'every-answer-invalid.json' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'none of its 4 answers fits a question, so there is nothing to build a plan from',
    );
    expect(await stored()).toBe(before);
    await input.setInputFiles(join(FIXTURES, 'hostile', 'utf16-no-bom.json'));
    await page.getByRole('alert').filter({ hasText: 'looks binary or is not UTF-8 text' }).waitFor();
    expect(await stored()).toBe(before);
    await input.setInputFiles(join(FIXTURES, 'hostile', 'utf16-bom.json'));
    await page.getByText('Imported “utf16-bom.json” as a new assessment').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the consultant's brand", () => {
  it('is set in the workshop set-up, refuses a bad logo keeping the previous one, and shows on the team view, the presenter and the PDF', async () => {
    const { page, context, outsideRequests, errors } = await openRecordedPage(browser, baseUrl);
    await page.goto(`${baseUrl}/workshop/`);
    const settings = page.locator('details.brand-settings');
    await settings.locator('summary').click();
    await settings.getByLabel('Name on the plan').fill('Harbour Advisory');
    await settings.getByLabel('Accent colour').fill('#aa3300');
    const logoInput = settings.getByLabel(/^Logo/);
    await logoInput.setInputFiles(join(FIXTURES, 'brand', 'logo.png'));
    await settings.getByRole('status').filter({ hasText: 'is ready' }).waitFor();
    await settings.getByRole('button', { name: 'Use this brand' }).click();
    await settings.getByRole('status').filter({ hasText: '“Harbour Advisory” is now on the team view' }).waitFor();
    const svg = {
      name: 'evil.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>window.pwned=1</script></svg>'),
    };
    await logoInput.setInputFiles(svg);
    const refusal = settings.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'The logo "evil.svg" was not used: it is an SVG image with script in it, and a logo must never run code. Use a PNG or JPEG. The previous logo is kept.',
    );
    expect(await settings.locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const stored = await page.evaluate(() => localStorage.getItem('segment-playbook:v1:brand'));
    expect(stored).toContain('Harbour Advisory');
    expect(stored).not.toContain('svg');

    await page.getByLabel('Client').fill('Northwind Pharma');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await page.getByLabel(/Drop response files here/).setInputFiles(TEAM);
    await page.waitForSelector('text=3 responses');
    const mark = page.locator('.workshop-header .workshop-brand');
    expect(await mark.textContent()).toBe('Harbour Advisory');
    expect(await mark.locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const accent = await page
      .locator('.workshop-header')
      .evaluate((el) => getComputedStyle(el).getPropertyValue('--accent').trim());
    expect(accent).toBe('#aa3300');
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);

    const pdf = await downloadPdf(page);
    expect(squash(pdf.pages[0]?.text ?? '').toLowerCase()).toContain('harbouradvisory');
    // The running header of every page after the cover, and the document's author.
    expect(pagesWith(pdf, 'Harbour Advisory · Customer segmentation plan').length).toBe(pdf.pages.length - 1);
    expect(pagesWith(pdf, 'Segment Playbook · Customer segmentation plan')).toEqual([]);
    expect(pdf.info['Author']).toBe('Harbour Advisory');
    // The logo is embedded as an image on the cover (the built-in brand has none).
    expect(Buffer.from(pdf.bytes).toString('latin1')).toMatch(/\/Subtype\s*\/Image/);

    await page.getByRole('button', { name: 'Presenter view' }).click();
    expect(await page.getByRole('region', { name: 'Presenter view' }).locator('.workshop-brand').textContent()).toBe(
      'Harbour Advisory',
    );
    await page.keyboard.press('Escape');
    await page.reload();
    await page.waitForSelector('text=3 responses');
    expect(await page.locator('.workshop-header .workshop-brand').textContent()).toBe('Harbour Advisory');
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await context.close();
  });
});
