/**
 * Browser figures for `npm run bench` (run after the site is built): serves dist/ with astro
 * preview, opens the results page of a fully answered assessment in headless Chromium and times
 * "Download PDF" from the click to the saved file. Prints `pdf.browser.click_to_file_ms`
 * (budget 1,500 ms): the first click, including loading react-pdf and the fonts, and the median of 3.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../test/e2e/support/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ANSWERS = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/answers/northwind-pharma.json'), 'utf8')) as unknown;

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => ok(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function serve(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'preview',
      '--ignore-lock',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('astro preview did not start');
}

const { url, child } = await serve();
const browser = await launchBrowser();
try {
  const times: number[] = [];
  const page = await browser.newPage({ acceptDownloads: true });
  await page.goto(`${url}/`);
  await page.evaluate((document) => {
    const id = 'benchmark01';
    localStorage.setItem(
      `segment-playbook:v1:assessment:${id}`,
      JSON.stringify({
        storageVersion: 1,
        id,
        name: 'Benchmark',
        step: 6,
        updatedAt: '2026-01-01T00:00:00.000Z',
        document,
      }),
    );
    localStorage.setItem(
      'segment-playbook:v1:index',
      JSON.stringify({
        storageVersion: 1,
        currentId: id,
        assessments: [{ id, name: 'Benchmark', updatedAt: '2026-01-01T00:00:00.000Z' }],
      }),
    );
  }, ANSWERS);
  await page.goto(`${url}/results/`);
  await page.waitForSelector('#summary-heading');
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    await download.path();
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`pdf.browser.click_to_file_ms: ${Math.round(times[0] ?? 0)}`);
  console.log(`pdf.browser.click_to_file_ms.median: ${Math.round(sorted[1] ?? 0)}`);
} finally {
  await browser.close();
  child.kill();
}
