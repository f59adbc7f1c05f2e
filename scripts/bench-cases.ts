/**
 * Bench line for the expert reference cases (issue 18): `cases: N of 12 agree`, judged as
 * `npm run cases` judges them. Printed by `npm run bench` with the other `name: value` lines.
 */
import { loadContentFromDisk } from '../src/content-model/load-from-disk.ts';
import { judgeCase, loadCases } from '../test/support/expert-cases.ts';

const root = new URL('..', import.meta.url).pathname;
const { bundle } = loadContentFromDisk(root);
if (bundle === undefined) {
  console.error('bench-cases: the content does not load; run node scripts/check-content.ts');
  process.exit(2);
}
const cases = loadCases();
const agree = cases.filter((c) => judgeCase(bundle, c).agrees).length;
console.log(`cases: ${agree} of ${cases.length} agree`);
