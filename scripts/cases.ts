/**
 * `npm run cases`: judges the plan of each expert reference case (test/fixtures/expert-cases) and
 * prints one line per case, then `cases: N of 12 agree`. `--verbose` adds each case's design.
 * Exits 1 when a case disagrees.
 */
import { loadContentFromDisk } from '../src/content-model/load-from-disk.ts';
import { judgeCase, loadCases } from '../test/support/expert-cases.ts';

const root = new URL('..', import.meta.url).pathname;
const { bundle, problems } = loadContentFromDisk(root);
if (bundle === undefined) {
  console.error(`The content has ${problems.length} problems; run node scripts/check-content.ts`);
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
const cases = loadCases();
let agree = 0;
for (const c of cases) {
  const verdict = judgeCase(bundle, c);
  if (verdict.agrees) agree += 1;
  const plan = verdict.plan;
  const base = plan.design.layers.find((l) => l.kind === 'base');
  const summary = `${plan.method.recommended ?? 'none'}, ${plan.summary.segmentRange.min}-${plan.summary.segmentRange.max} segments`;
  console.log(
    `${c.id}: ${verdict.agrees ? 'agrees' : 'differs'} (${summary})${verdict.agrees ? '' : `: ${verdict.failures.join(' | ')}`}`,
  );
  if (verbose) {
    console.log(
      `  top 3: ${plan.method.ranking
        .slice(0, 3)
        .map((m) => `${m.methodId} ${m.fit}`)
        .join(', ')}`,
    );
    console.log(
      `  risks: ${plan.mistakeFindings
        .filter((f) => f.risk === 'high' || f.risk === 'medium')
        .map((f) => `${f.mistakeId} ${f.risk}`)
        .join(', ')}`,
    );
    for (const l of plan.design.layers)
      console.log(
        `  ${l.kind} ${l.methodId}: ${l.segments.map((s) => `${s.name} ${s.units ?? '?'} ${s.treatment.channel} ${s.treatment.callsPerYear}`).join('; ')}`,
      );
    console.log(
      `  capacity: ${plan.design.capacity.status} ${plan.design.capacity.channels.map((ch) => `${ch.channel} ${ch.utilisation ?? '?'}`).join(', ')}; rollout ${plan.rollout.totalWeeks} weeks; membership ${plan.cadence.membership.months} months`,
    );
    if (base === undefined) console.log('  no base layer');
  }
}
console.log(`cases: ${agree} of ${cases.length} agree`);
process.exit(agree === cases.length ? 0 : 1);
