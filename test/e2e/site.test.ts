import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openRecordedPage } from './support/browser.ts';
import { sitemapUrls } from './support/sitemap.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  pages = await sitemapUrls(baseUrl);
});
afterAll(async () => {
  await browser.close();
});

describe('the home page', () => {
  it('says what the tool does, offers the quick check and the full assessment with their times, and a privacy statement', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await page.goto(`${baseUrl}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/segmentation/i);
    const quick = page.getByRole('link', { name: 'Quick check, 5 minutes', exact: true });
    expect(await quick.getAttribute('href')).toBe('/quick-check/');
    const full = page.getByRole('link', { name: 'Full assessment, 20–40 minutes', exact: true });
    expect(await full.getAttribute('href')).toBe('/questionnaire/');
    const privacy = page.getByRole('region', { name: 'Privacy' });
    await expect(privacy.textContent()).resolves.toMatch(/never sent/);
    await context.close();
  });

  it('lets a keyboard user skip straight to the content', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent.trim());
    expect(focused).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});

describe('every page in the sitemap', () => {
  it('lists the home page, the guide index, every guide collection and the questionnaire', () => {
    const paths = pages.map((u) => new URL(u).pathname);
    for (const expected of [
      '/',
      '/guide/',
      '/guide/mistakes/',
      '/guide/methods/',
      '/guide/systems/',
      '/guide/rollout/',
      '/guide/warning-signs/',
      '/questionnaire/',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(paths.filter((p) => /^\/guide\/mistakes\/[a-z-]+\/$/.test(p)).length).toBeGreaterThanOrEqual(2);
  });

  it('has 0 axe violations, no page errors and no request to another origin', async () => {
    const failures: string[] = [];
    for (const url of pages) {
      const { page, context, outsideRequests, errors } = await openRecordedPage(browser, baseUrl);
      const response = await page.goto(url);
      if (response?.status() !== 200) failures.push(`${url}: HTTP ${response?.status()}`);
      const violations = await axeViolations(page);
      for (const v of violations)
        failures.push(`${url}: axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
      for (const r of outsideRequests) failures.push(`${url}: request to another origin: ${r}`);
      for (const e of errors) failures.push(`${url}: ${e}`);
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  it('ships no JavaScript on the home page, the example plan and the guide pages', async () => {
    const contentPages = pages.filter((u) => /^\/(guide\/.*|example\/)?$/.test(new URL(u).pathname));
    expect(contentPages.map((u) => new URL(u).pathname)).toContain('/example/');
    expect(contentPages.length).toBeGreaterThan(5);
    for (const url of contentPages) {
      const { page, context, requests } = await openRecordedPage(browser, baseUrl);
      await page.goto(url);
      expect(await page.locator('script').count(), `${url} has a script tag`).toBe(0);
      expect(
        requests.filter((r) => /\.m?js(\?|$)/.test(r)),
        `${url} loads JavaScript`,
      ).toEqual([]);
      await context.close();
    }
  });
});

describe('the guide', () => {
  it('renders an article from its MDX body with its sources and links back to its collection', async () => {
    const articleUrl = pages.find((u) => /\/guide\/mistakes\/[a-z-]+\/$/.test(u));
    expect(articleUrl).toBeDefined();
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await page.goto(articleUrl ?? '');
    expect(await page.locator('.prose h2').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'The fix in brief' }).count()).toBe(1);
    expect(
      await page
        .getByRole('navigation', { name: 'Breadcrumb' })
        .getByRole('link', { name: 'Segmentation mistakes' })
        .getAttribute('href'),
    ).toBe('/guide/mistakes/');
    await context.close();
  });

  it('answers an unknown address with a 404 page that links home', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    const response = await page.goto(`${baseUrl}/guide/mistakes/no-such-mistake/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await context.close();
  });
});

describe('layout', () => {
  it('fits a 375 px wide phone without sideways scrolling', async () => {
    for (const path of ['/', '/guide/', '/guide/mistakes/', '/questionnaire/']) {
      const { page, context } = await openRecordedPage(browser, baseUrl, { viewport: { width: 375, height: 740 } });
      await page.goto(`${baseUrl}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  it('hides the navigation when printed', async () => {
    const { page, context } = await openRecordedPage(browser, baseUrl);
    await page.goto(`${baseUrl}/guide/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    await context.close();
  });
});
