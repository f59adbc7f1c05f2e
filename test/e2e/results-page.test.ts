// The results page a sales leader lands on (issue 19): a first screen that answers "what now?",
// a draft until the plan's questions are answered, findings one line each, readiness that says how
// much of it rests on answers, and charts and tables that read on a phone. In the real browser.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeShareFragment, shareUrl } from '../../src/workshop/share-link.ts';
import { readPdf, squash } from '../support/read-pdf.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openRecordedPage } from './support/browser.ts';
import { completeAnswers, openSavedResults } from './support/saved-assessment.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

describe('the first screen', () => {
  it('answers "what now?" on a desktop: the verdict, a large Download PDF, the design, three risks and three actions', async () => {
    const { page, context, errors } = await openRecordedPage(browser, baseUrl, { viewport: DESKTOP });
    await openSavedResults(page, baseUrl, completeAnswers(), 'Dental supplies');
    const verdict = page.locator('.verdict-headline');
    expect(await verdict.textContent()).toMatch(/^(Ready to segment|Not ready yet: fix|.+: close the gaps)/);
    const pdf = page.getByRole('button', { name: 'Download PDF' });
    const box = await pdf.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThanOrEqual(160);
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(DESKTOP.height);
    for (const heading of ['The design at a glance', 'Top risks', 'Next three actions']) {
      const top = await page.getByRole('heading', { level: 3, name: heading, exact: true }).boundingBox();
      expect(top?.y ?? Infinity, heading).toBeLessThan(DESKTOP.height);
    }
    expect(await page.locator('.overview-design svg, .overview-design figure').count()).toBeGreaterThan(0);
    expect(await page.locator('.top-risks li').count()).toBeLessThanOrEqual(3);
    expect(await page.locator('.next-actions li').count()).toBe(3);
    // A complete plan is not a draft: no draft banner, and the PDF is not marked.
    expect(await page.locator('.overview-draft, .draft-note').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("puts the verdict and the Download PDF button on a phone's first screen, with nothing to swipe sideways", async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl, { viewport: PHONE });
    await openSavedResults(page, baseUrl, completeAnswers(), 'Dental supplies');
    const pdf = await page.getByRole('button', { name: 'Download PDF' }).boundingBox();
    expect((pdf?.y ?? Infinity) + (pdf?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // No table or table container on the page needs a sideways swipe.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main table, main .table-scroll')]
        .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
    );
    expect(wide).toEqual([]);
    await context.close();
  });
});

describe('the findings', () => {
  it('are one line each, highest risk first, counted by risk, and a top risk opens its explanation', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl, { viewport: DESKTOP });
    await openSavedResults(page, baseUrl, completeAnswers(), 'Dental supplies');
    const findings = page.locator('.findings > .finding');
    const n = await findings.count();
    expect(n).toBeGreaterThan(2);
    expect(await page.locator('.findings details[open]').count()).toBe(0);
    const rows = await findings.evaluateAll((els) =>
      els.map((el) => ({
        risk: /risk-(\w+)/.exec(el.getAttribute('class') ?? '')?.[1] ?? '',
        height: el.querySelector('summary')?.getBoundingClientRect().height ?? 0,
      })),
    );
    const order = ['high', 'medium', 'low'];
    const ranks = rows.map((r) => order.indexOf(r.risk));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // One line, or two where a long title wraps: never the whole explanation.
    for (const r of rows) expect(r.height).toBeLessThan(80);
    const counts = (await page.locator('.risk-counts').textContent()) ?? '';
    for (const risk of order) {
      const count = rows.filter((r) => r.risk === risk).length;
      if (count > 0) expect(counts).toContain(`${count} ${risk}`);
    }
    const first = page.locator('.top-risks a').first();
    const target = ((await first.getAttribute('href')) ?? '').slice(1);
    await first.click();
    const opened = page.locator(`[id="${target}"] details`);
    await page.waitForFunction((id) => document.getElementById(id)?.querySelector('details')?.open === true, target);
    expect(await opened.locator('.finding-body').isVisible()).toBe(true);
    await context.close();
  });
});

describe('readiness', () => {
  it('says on each score how much of it rests on answers, so "Don\'t know" never reads as "Ready"', async () => {
    const doc = completeAnswers();
    const answers = doc.answers as Record<string, unknown>;
    answers['readiness.potential'] = { dontKnow: true };
    answers['readiness.master-data'] = { dontKnow: true };
    const { page, context } = await openRecordedPage(browser, baseUrl, { viewport: DESKTOP });
    await openSavedResults(page, baseUrl, doc, 'Dental supplies');
    const basis = page.locator('#readiness-heading ~ .score-block .basis-text');
    expect(await basis.isVisible()).toBe(true);
    expect(await basis.textContent()).toMatch(/^Rests on \d+ of \d+ checks$/);
    const rows = await page
      .locator('table')
      .filter({ has: page.getByRole('columnheader', { name: 'Answered' }) })
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          level: tr.querySelector('[data-label="Level"]')?.textContent ?? '',
          answered: tr.querySelector('[data-label="Answered"]')?.textContent ?? '',
        })),
      );
    expect(rows.length).toBeGreaterThan(3);
    const partly = rows.filter((r) => {
      const [a, b] = (/(\d+) of (\d+)/.exec(r.answered) ?? []).slice(1).map(Number);
      return a !== undefined && b !== undefined && a < b;
    });
    expect(partly.length).toBeGreaterThan(0);
    // A dimension scored from part of its checks says so in its level, on the page, not in a closed section.
    for (const r of partly) expect(r.level).toMatch(/ on \d+ of \d+ checks$|^Not scored/);
    await context.close();
  });
});

describe('a nearly empty questionnaire', () => {
  it('gives a draft: a banner, readiness so far, what is missing with links, and a PDF marked as a draft', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl, { viewport: DESKTOP });
    await page.goto(`${baseUrl}/questionnaire/`);
    await page.waitForSelector('#step-heading');
    await page.locator('[id="q-organisation.industry"] input[type="radio"]').first().check();
    await page.goto(`${baseUrl}/results/`);
    await page.waitForSelector('#summary-heading');
    expect(await page.locator('.verdict-headline').textContent()).toMatch(
      /^Draft: \d+ questions the plan rests on are still unanswered$/,
    );
    // No method, segment count or "no risks" is claimed from one answer.
    const overview = (await page.locator('.overview').textContent()) ?? '';
    for (const claim of ['Top risks', 'None of the common mistakes', 'Segments', 'Next three actions'])
      expect(overview, claim).not.toContain(claim);
    expect(overview).toContain('Readiness so far');
    const missing = page.locator('.overview-missing a');
    expect(await missing.count()).toBeGreaterThan(5);
    for (const href of await missing.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/questionnaire\/#q-[a-z-]+\.[a-z-]+$/);
    expect(await page.getByText('The PDF is marked as a draft.', { exact: true }).isVisible()).toBe(true);
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-segmentation-plan-(\d{4}-\d{2}-\d{2}|undated)-draft\.pdf$/);
    const pdf = await readPdf(new Uint8Array(readFileSync(await download.path())));
    expect(squash(pdf.pages[0]?.text ?? '')).toMatch(/DRAFT:\d+requiredquestionsunanswered/);
    await context.close();
  });
});

describe('the shared page and the navigation', () => {
  it('names the organisation and the respondent once on a shared plan, and marks no navigation item there or on the results', async () => {
    const doc = completeAnswers();
    const link = shareUrl(baseUrl, await encodeShareFragment(doc));
    const { page, context } = await openRecordedPage(browser, baseUrl, { viewport: DESKTOP });
    await page.goto(link);
    await page.waitForSelector('#summary-heading');
    const text = (await page.locator('main').innerText()).split(doc.meta.respondent).length - 1;
    expect(text).toBe(1);
    const meta = (await page.locator('.results-meta').textContent()) ?? '';
    expect(meta.split(doc.meta.organisation).length - 1).toBe(1);
    expect(await page.locator('.site-nav [aria-current]').count()).toBe(0);
    await openSavedResults(page, baseUrl, doc, 'Dental supplies');
    expect(await page.locator('.site-nav [aria-current]').count()).toBe(0);
    await context.close();
  });
});

describe('charts on a phone', () => {
  it('draws the radar and the rollout chart with labels a phone can read (11 px or more)', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl, { viewport: PHONE });
    await openSavedResults(page, baseUrl, completeAnswers(), 'Dental supplies');
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGTextElement>('.radar text, .timeline text')]
        .filter((t) => t.getClientRects().length > 0 && t.textContent.trim() !== '')
        .map((t) => {
          const svg = t.ownerSVGElement;
          const scale = svg === null ? 1 : svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale };
        }),
    );
    expect(sizes.length).toBeGreaterThan(5);
    expect(sizes.filter((s) => s.px < 11)).toEqual([]);
    await context.close();
  });
});
