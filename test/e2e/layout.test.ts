// The site's frame on every page type (issue 19): a header that covers nothing and is covered by
// nothing, on a desktop, a phone and paper; link targets a thumb can hit; no layout shift; no page
// wider than a phone; and pixel references of the header and the results page's first screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeShareFragment, shareUrl } from '../../src/workshop/share-link.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openRecordedPage } from './support/browser.ts';
import { completeAnswers, openSavedResults } from './support/saved-assessment.ts';
import { diffPixels, keepActual, referenceFor } from './support/screenshots.ts';
import { sitemapUrls } from './support/sitemap.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let pages: string[];

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  browser = await launchBrowser();
  pages = await sitemapUrls(baseUrl);
});
afterAll(async () => {
  await browser.close();
});

/** One page of each type: home, guide index, a guide collection and article, the three app pages, results and share. */
async function pageTypes(): Promise<{ name: string; open: (page: Page) => Promise<void> }[]> {
  const article = pages.find((u) => /\/guide\/mistakes\/[a-z-]+\/$/.test(u)) ?? `${baseUrl}/guide/`;
  const share = shareUrl(baseUrl, await encodeShareFragment(completeAnswers()));
  const go =
    (url: string, ready = 'main') =>
    async (page: Page): Promise<void> => {
      await page.goto(url);
      await page.waitForSelector(ready);
    };
  return [
    { name: 'home', open: go(`${baseUrl}/`) },
    { name: 'guide index', open: go(`${baseUrl}/guide/`) },
    { name: 'guide collection', open: go(`${baseUrl}/guide/mistakes/`) },
    { name: 'guide article', open: go(article) },
    { name: 'questionnaire', open: go(`${baseUrl}/questionnaire/`, '#step-heading') },
    { name: 'workshop', open: go(`${baseUrl}/workshop/`, 'main h1') },
    { name: 'results', open: (page) => openSavedResults(page, baseUrl, completeAnswers(), 'Dental supplies') },
    { name: 'share', open: go(share, '#summary-heading') },
  ];
}

/** Every navigation link whose centre is not the link itself: something covers it. */
const coveredNavLinks = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('.site-nav a, .site-header .brand')]
      .filter((a) => {
        const r = a.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit === null || !a.contains(hit);
      })
      .map((a) => a.textContent.trim()),
  );

/** How far the header reaches below the top of the page's first heading: more than 0 means they overlap. */
const headerOverlap = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const header = document.querySelector('.site-header')?.getBoundingClientRect();
    const h1 = document.querySelector('main h1')?.getBoundingClientRect();
    return header === undefined || h1 === undefined ? Infinity : header.bottom - h1.top;
  });

describe('the header', () => {
  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('is never covered and never covers the title on a %s', async (_, viewport) => {
    for (const path of ['/', '/guide/', '/guide/mistakes/', '/questionnaire/', '/workshop/']) {
      const { page, context } = await openRecordedPage(browser, baseUrl, { viewport });
      await page.goto(`${baseUrl}${path}`);
      await page.waitForSelector('main h1');
      expect(await coveredNavLinks(page), path).toEqual([]);
      expect(await headerOverlap(page), path).toBeLessThanOrEqual(0);
      // The header is one band at the top, not a bar across the page.
      const height = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
      expect(height, path).toBeLessThanOrEqual(viewport === PHONE ? 120 : 80);
      await context.close();
    }
  });

  it('prints as a plain band with the brand, above the title, without the navigation', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await page.goto(`${baseUrl}/guide/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header .brand').isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await headerOverlap(page)).toBeLessThanOrEqual(0);
    const background = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(background);
    await context.close();
  });

  it('gives every navigation link a 44 px tall target and every breadcrumb a 24 px one', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, context } = await openRecordedPage(browser, baseUrl, { viewport });
      const article = pages.find((u) => /\/guide\/mistakes\/[a-z-]+\/$/.test(u)) ?? `${baseUrl}/guide/`;
      await page.goto(article);
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.site-nav a, .breadcrumbs a')].map((a) => {
          const r = a.getBoundingClientRect();
          return { nav: a.closest('.site-nav') !== null, text: a.textContent.trim(), w: r.width, h: r.height };
        }),
      );
      expect(boxes.filter((b) => b.nav).length).toBe(4);
      expect(boxes.filter((b) => !b.nav).length).toBeGreaterThan(0);
      for (const b of boxes) {
        expect(b.h, `${b.text} height`).toBeGreaterThanOrEqual(b.nav ? 44 : 24);
        expect(b.w, `${b.text} width`).toBeGreaterThanOrEqual(24);
      }
      await context.close();
    }
  });
});

describe('every page type', () => {
  it('shifts its layout by less than 0.1 while it loads, on a desktop and on a phone', async () => {
    const shifts: string[] = [];
    for (const viewport of [DESKTOP, PHONE]) {
      for (const type of await pageTypes()) {
        const { page, context } = await openRecordedPage(browser, baseUrl, { viewport });
        // Cumulative layout shift as Lighthouse counts it: every shift not caused by the user's input.
        await context.addInitScript(() => {
          const w = window as unknown as { cls: number };
          w.cls = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
              if (!e.hadRecentInput) w.cls += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await type.open(page);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
        shifts.push(`${type.name} at ${viewport.width}px: ${cls.toFixed(3)}`);
        expect(cls, `${type.name} at ${viewport.width}px`).toBeLessThan(0.1);
        await context.close();
      }
    }
    expect(shifts.length).toBe(16);
  });

  it('has 0 axe violations on the results, share and workshop pages at phone width', async () => {
    for (const type of (await pageTypes()).filter((t) => ['results', 'share', 'workshop'].includes(t.name))) {
      const { page, context } = await openRecordedPage(browser, baseUrl, { viewport: PHONE });
      await type.open(page);
      expect((await axeViolations(page)).map((v) => `${type.name}: ${v.id} ${v.targets.join(', ')}`)).toEqual([]);
      await context.close();
    }
  });

  it('fits a 390 px phone without sideways scrolling, guide pages with long source addresses included', async () => {
    const wide: string[] = [];
    const { page, context } = await openRecordedPage(browser, baseUrl, { viewport: PHONE });
    for (const url of pages) {
      await page.goto(url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) wide.push(`${new URL(url).pathname}: ${width}px`);
    }
    expect(pages.length).toBeGreaterThan(20);
    expect(wide).toEqual([]);
    await context.close();
  });
});

describe('pixel references', () => {
  const compare = async (name: string, shot: Buffer): Promise<void> => {
    const diff = await diffPixels(browser, shot, referenceFor(name, shot));
    if (!diff.sameSize || diff.changedShare > 0.005) keepActual(name, shot);
    expect(diff.size, `${name}: size`).toBe(diff.referenceSize);
    expect(diff.changedShare, `${name}: share of pixels changed`).toBeLessThanOrEqual(0.005);
  };

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)("keeps the header and the results page's first screen as designed on a %s", async (name, viewport) => {
    const { page, context } = await openRecordedPage(browser, baseUrl, { viewport });
    await page.goto(`${baseUrl}/guide/`);
    await page.waitForSelector('main h1');
    await page.evaluate(() => document.fonts.ready);
    await compare(`header-${name}`, await page.locator('.site-header').screenshot({ animations: 'disabled' }));
    await openSavedResults(page, baseUrl, completeAnswers(), 'Dental supplies');
    await page.evaluate(() => document.fonts.ready);
    await compare(`results-first-screen-${name}`, await page.screenshot({ animations: 'disabled', caret: 'hide' }));
    await context.close();
  });
});
