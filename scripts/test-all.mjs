// `npm test`: every suite, in order, then one closing line `N passed, N failed` over all of them.
// First the checks a reviewer would run, each one suite that passes or fails as a whole: `astro sync`
// (the generated types the other checks need on a fresh clone), typed ESLint with zero warnings,
// `astro check`, Prettier's check. Then unit + component + content integrity (vitest), the site build,
// end-to-end (vitest + Chromium against astro preview). A failed check does not stop the suites after
// it. Exits non-zero when anything failed or did not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const node = process.execPath;
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const eslint = join(root, 'node_modules/eslint/bin/eslint.js');
const prettier = join(root, 'node_modules/prettier/bin/prettier.cjs');

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(args) {
  return spawnSync(node, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  });
}

/** Adds a vitest JSON report to the totals; a missing report means the suite crashed: one failure. */
function vitestSuite(name, args) {
  const report = join(out, `${name}.json`);
  const result = run([vitest, 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    totals.failed += 1;
    lines.push(`${name}: did not report (exit ${result.status}); counted as 1 failed`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = json.numPendingTests + json.numTodoTests;
  // A suite that exits non-zero with no failed test (an unhandled error, a failed setup) still fails.
  const crashed = result.status !== 0 && json.numFailedTests === 0 ? 1 : 0;
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests + crashed;
  totals.skipped += skipped;
  lines.push(
    `${name}: ${json.numPassedTests} passed, ${json.numFailedTests + crashed} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
}

/** A step that passes or fails as a whole, by its exit code: one suite of one test. Returns whether it passed. */
function stepSuite(name, title, args, ifFailed = '') {
  console.log(`\n> ${title}`);
  const passed = run(args).status === 0;
  totals[passed ? 'passed' : 'failed'] += 1;
  lines.push(`${name}: ${passed ? '1 passed, 0 failed' : `0 passed, 1 failed${ifFailed}`}`);
  return passed;
}

stepSuite('sync', 'astro sync (generated types for the checks below)', [astro, 'sync']);
stepSuite('lint', 'eslint --max-warnings 0 .', [eslint, '--max-warnings', '0', '.']);
stepSuite('check', 'astro check', [astro, 'check']);
stepSuite('format', 'prettier --check .', [prettier, '--check', '.']);

vitestSuite('unit', []);

const built = stepSuite(
  'build',
  'astro build (the end-to-end tests run against the built site)',
  [astro, 'build'],
  ' (end-to-end tests not run)',
);
if (built) vitestSuite('e2e', ['--config', 'vitest.e2e.config.ts']);

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
// A skipped test is a defect here: it counts as a failure.
const failed = totals.failed + totals.skipped;
console.log(`${totals.passed} passed, ${failed} failed`);
process.exit(failed === 0 && totals.passed > 0 ? 0 : 1);
