/**
 * Engine and command-line timings for `npm run bench`. Prints two lines:
 *   engine.plan_ms.median: median milliseconds per buildPlan over 10,000 runs (budget 1 ms),
 *     cycling through the realistic answers in test/fixtures/answers/ after a warm-up;
 *   cli.plan_json.cold_ms: median wall time of a fresh `segment-playbook plan FILE --format json`
 *     process (Node start, content load, plan, JSON out), over 5 runs.
 * Usage: node scripts/bench-engine.ts
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseAnswersJson } from '../src/engine/answers/parse.ts';
import { buildPlan } from '../src/engine/build-plan.ts';
import type { LooseAnswersDocument } from '../src/schema/answers.ts';
import { contentOrExit, median } from './lib/bench-support.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'answers');
const RUNS = 10_000;
const WARM_UP = 500;
const CLI_RUNS = 5;

const bundle = contentOrExit(ROOT);
const documents: LooseAnswersDocument[] = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .flatMap((name) => {
    const parsed = parseAnswersJson(readFileSync(join(FIXTURES, name), 'utf8'));
    return parsed.ok ? [parsed.document] : [];
  });
if (documents.length === 0) {
  console.error(`no answers fixtures in ${FIXTURES}`);
  process.exit(1);
}

for (let i = 0; i < WARM_UP; i += 1) buildPlan(bundle, documents[i % documents.length] as LooseAnswersDocument);
const times: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const document = documents[i % documents.length] as LooseAnswersDocument;
  const start = performance.now();
  buildPlan(bundle, document);
  times.push(performance.now() - start);
}
console.log(`engine.plan_ms.median: ${median(times).toFixed(3)}`);

const node = join(ROOT, 'node_modules', '.bin', 'node');
const bin = join(ROOT, 'bin', 'segment-playbook.js');
const fixture = join(
  FIXTURES,
  readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.json'))
    .sort()[0] ?? '',
);
const cold: number[] = [];
for (let i = 0; i < CLI_RUNS; i += 1) {
  const start = performance.now();
  const run = spawnSync(node, [bin, 'plan', fixture, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'] });
  cold.push(performance.now() - start);
  if (run.status !== 0) {
    console.error(`segment-playbook plan failed (exit ${run.status}): ${run.stderr.toString()}`);
    process.exit(1);
  }
}
console.log(`cli.plan_json.cold_ms: ${Math.round(median(cold))}`);
