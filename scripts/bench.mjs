// `npm run bench`: builds the site and prints one `name: value` line per figure. It never fails
// on a slow machine; budgets are read from its output. Figures:
//   build.seconds                  wall time of `astro build`
//   js.<page>.gzip_kb              gzip KB of JavaScript a page loads before any click
//   css.<page>.gzip_kb             gzip KB of CSS a page loads
//   js.questionnaire.initial_gzip_kb  the questionnaire's JavaScript before any click (budget 120)
// <page> is the page's path with / written as . (the home page is `index`).
// Other issues' benchmarks live in scripts/bench-*.ts and are run after these, each printing its own lines.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

function print(name, value) {
  console.log(`${name}: ${value}`);
}

const started = process.hrtime.bigint();
const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  encoding: 'utf8',
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  console.error('bench: astro build failed, so there is nothing to measure');
  process.exit(1);
}
print('build.seconds', seconds.toFixed(2));

function htmlPages(dir) {
  const pages = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) pages.push(...htmlPages(path));
    else if (name === 'index.html') pages.push(path);
  }
  return pages;
}

function pageName(file) {
  const rel = relative(dist, dirname(file));
  return rel === '' ? 'index' : rel.split(/[\\/]/).join('.');
}

const gzipKb = (text) => gzipSync(Buffer.from(text)).length / 1024;
const attr = (tag, name) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];

/** A module's static imports (not dynamic `import()`), which load with it before any click. */
function staticImports(code) {
  const found = new Set();
  const pattern = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** The JavaScript a page loads on first paint: script tags, island components and renderers, and their static imports. */
function initialJs(html) {
  const seen = new Map();
  const queue = [];
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = attr(tag, 'src');
    if (src) queue.push(src);
  }
  for (const tag of html.match(/<astro-island\b[^>]*>/g) ?? []) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(tag, name);
      if (url) queue.push(url);
    }
  }
  let inline = 0;
  for (const match of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (!/type="application\/(ld\+)?json"/.test(match[0])) inline += gzipKb(match[1]);
  }
  while (queue.length > 0) {
    const url = queue.shift();
    if (seen.has(url) || !url.startsWith('/')) continue;
    const file = join(dist, url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    seen.set(url, gzipKb(code));
    for (const imported of staticImports(code)) queue.push(new URL(imported, `http://x${url}`).pathname);
  }
  return inline + [...seen.values()].reduce((a, b) => a + b, 0);
}

function css(html) {
  let total = 0;
  for (const tag of html.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? []) {
    const href = attr(tag, 'href');
    if (href?.startsWith('/') && existsSync(join(dist, href))) total += gzipKb(readFileSync(join(dist, href), 'utf8'));
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) total += gzipKb(match[1]);
  return total;
}

for (const file of htmlPages(dist).sort()) {
  const html = readFileSync(file, 'utf8');
  const name = pageName(file);
  const js = initialJs(html);
  print(`js.${name}.gzip_kb`, js.toFixed(2));
  print(`css.${name}.gzip_kb`, css(html).toFixed(2));
  // The questionnaire's budget (120 KB) is for the JavaScript it loads before any click.
  if (name === 'questionnaire') print('js.questionnaire.initial_gzip_kb', js.toFixed(2));
}

// Benchmarks added by later issues: each scripts/bench-*.ts prints its own `name: value` lines.
for (const script of readdirSync(join(root, 'scripts'))
  .filter((n) => /^bench-.+\.ts$/.test(n))
  .sort()) {
  const run = spawnSync(process.execPath, [join(root, 'scripts', script)], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(run.stdout);
  if (run.status !== 0) console.error(`bench: ${script} exited with ${run.status}`);
}
