/**
 * PDF timings for `npm run bench`. Prints four lines:
 *   pdf.node.cold_ms: median wall time of a fresh Node process that loads the content, builds a
 *     fully answered plan and renders its PDF (spawned 3 times; the process start is included);
 *   pdf.node.warm_ms.median: median of 20 renders of that plan in this process, after 3 warm-up renders
 *     (budget 200 ms);
 *   pdf.node.warm_ms.other_plans_median: then, in the same process, one render each of 10 other plans
 *     (other organisations, answers and notes): what a consultant rendering each respondent's plan sees.
 *     Text laid out in earlier renders is reused (react-pdf's layout cache, patches/@react-pdf+layout),
 *     so this lays out more text than a repeat of the same plan does;
 *   pdf.bytes, pdf.pages: the size and page count of that PDF.
 * Usage: node scripts/bench-pdf.ts   (with `--once`, it renders once and exits: the cold run)
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { buildPlan } from '../src/engine/build-plan.ts';
import type { ContentBundle } from '../src/schema/content-bundle.ts';
import { answersDocument, realContent } from '../test/unit/pdf/support/plans.ts';
import { median } from './lib/bench-support.ts';

// Timed as `segment-playbook plan --format pdf` runs it: React's production build (set before React loads).
process.env['NODE_ENV'] ??= 'production';
const { renderPlanPdfBuffer } = await import('../src/render/pdf/node.ts');

const COLD_RUNS = 3;
const WARM_UP = 3;
const RUNS = 20;
const OTHER_PLANS = 10;
const BUDGET_MS = 200;

/** A fully answered plan and what the command line passes with it. */
function fullPlan() {
  const content = realContent();
  const plan = buildPlan(content, answersDocument(content, { organisation: 'Northwind Médical' }));
  const options = { brand: content.brand };
  return { plan, options };
}

/**
 * Another respondent's plan: its own organisation and note, and each single-choice question answered
 * with another option than the full plan's (rotated by the plan's number and the question's place).
 */
function otherPlan(content: ContentBundle, n: number) {
  const document = answersDocument(content, {
    organisation: `Respondent ${n + 1} Holdings`,
    notes: { 'readiness.objective': `Plan ${n + 1}: grow the accounts we serve in region ${n + 1}. `.repeat(20) },
  });
  const answers: Record<string, unknown> = { ...document.answers };
  content.sections
    .flatMap((section) => section.questions)
    .forEach((q, i) => {
      const options = q.options ?? [];
      const option = options[(n + i) % Math.max(1, options.length)];
      if (q.type === 'single' && option !== undefined) answers[q.id] = option.id;
    });
  return buildPlan(content, { ...document, answers });
}

/** Everything a cold process does: content, plan and PDF. */
async function renderFullPlan(): Promise<Buffer> {
  const { plan, options } = fullPlan();
  return renderPlanPdfBuffer(plan, options);
}

if (process.argv.includes('--once')) {
  await renderFullPlan();
  process.exit(0);
}

const cold: number[] = [];
for (let i = 0; i < COLD_RUNS; i += 1) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [import.meta.filename, '--once'], { stdio: ['ignore', 'ignore', 'pipe'] });
  cold.push(performance.now() - start);
  if (run.status !== 0) {
    console.error(`bench-pdf: the cold render failed (exit ${run.status}): ${run.stderr.toString()}`);
    process.exit(1);
  }
}
console.log(`pdf.node.cold_ms: ${Math.round(median(cold))}`);

const { plan, options } = fullPlan();
const render = () => renderPlanPdfBuffer(plan, options);
let pdf = await render();
for (let i = 1; i < WARM_UP; i += 1) pdf = await render();
const warm: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const start = performance.now();
  pdf = await render();
  warm.push(performance.now() - start);
}
const warmMedian = median(warm);
console.log(`pdf.node.warm_ms.median: ${warmMedian.toFixed(1)}`);

const content = realContent();
const others: number[] = [];
for (let n = 0; n < OTHER_PLANS; n += 1) {
  const other = otherPlan(content, n);
  const start = performance.now();
  await renderPlanPdfBuffer(other, options);
  others.push(performance.now() - start);
}
console.log(`pdf.node.warm_ms.other_plans_median: ${median(others).toFixed(1)}`);

// Loaded here, not at the top: the cold run must not pay for the PDF reader.
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
const pages = (await task.promise).numPages;
await task.destroy();
console.log(`pdf.bytes: ${pdf.length}`);
console.log(`pdf.pages: ${pages}`);
if (warmMedian > BUDGET_MS)
  console.error(`bench-pdf: the warm render takes ${warmMedian.toFixed(0)} ms, over the ${BUDGET_MS} ms budget`);
