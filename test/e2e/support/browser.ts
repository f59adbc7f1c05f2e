import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Flags that keep Chromium quiet on a closed network and runnable as root. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Chromium to drive: `CHROME_PATH` if set, else the one shipped inside the
 * `@sparticuz/chromium` devDependency (so a fresh `npm install` is enough), else Debian's.
 */
export async function resolveChromePath(): Promise<string> {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points at ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return await sparticuz.executablePath();
  } catch (error) {
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
    throw new Error(
      `No Chromium found: set CHROME_PATH, or install the @sparticuz/chromium devDependency (${String(error)})`,
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await resolveChromePath(), headless: true, args: CHROME_FLAGS });
}

/** A page that records every request and blocks (and records) any request to another origin. */
export interface RecordedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  /** Requests to any origin other than the site's own. */
  readonly outsideRequests: string[];
  /** Uncaught page errors and console errors. */
  readonly errors: string[];
}

export async function openRecordedPage(
  browser: Browser,
  baseUrl: string,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<RecordedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const origin = new URL(baseUrl).origin;
  const requests: string[] = [];
  const outsideRequests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
      await route.continue();
    } else {
      outsideRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { page, context, requests, outsideRequests, errors };
}
