/**
 * Workshop and sharing figures for `npm run bench`. Prints two lines:
 *   workshop.merge50_ms: median milliseconds to merge 50 realistic responses: the team view,
 *     the alignment findings, the consensus document and the team plan built from it (budget 50 ms),
 *     over 30 runs after 5 warm-up runs;
 *   share.link_chars: the length of the whole share URL (http://127.0.0.1:4321/share/#share=1....)
 *     for a fully answered questionnaire from the real content, without notes.
 * Usage: node scripts/bench-workshop.ts
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildPlan } from '../src/engine/build-plan.ts';
import { alignmentFindings } from '../src/workshop/alignment.ts';
import { consensusDocument } from '../src/workshop/consensus.ts';
import { encodeShareFragment, shareUrl } from '../src/workshop/share-link.ts';
import { teamView } from '../src/workshop/team-view.ts';
import { createWorkshop, type Workshop } from '../src/workshop/workshop-model.ts';
import { fullyAnsweredDocument, realisticResponses, WORKSHOP_ROLES } from '../test/unit/workshop/support/responses.ts';
import { contentOrExit, median } from './lib/bench-support.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RESPONSES = 50;
const RUNS = 30;
const WARM_UP = 5;

const bundle = contentOrExit(ROOT);
const content = bundle;

const responses = realisticResponses(content, RESPONSES);
const workshop: Workshop = {
  ...createWorkshop(
    {
      client: 'Northwind Pharma',
      date: '2025-06-16',
      participants: responses.map((r, i) => ({
        name: r.respondent,
        role: WORKSHOP_ROLES[i % WORKSHOP_ROLES.length] ?? '',
      })),
    },
    'bench-workshop',
  ),
  responses,
};

/** The work the workshop page does whenever a response arrives or a decision changes. */
function merge(): number {
  const spreads = teamView(content, workshop.responses);
  const findings = alignmentFindings(spreads);
  const plan = buildPlan(content, consensusDocument(content, workshop, spreads));
  return findings.length + plan.mistakeFindings.length;
}

for (let i = 0; i < WARM_UP; i += 1) merge();
const times: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const start = performance.now();
  merge();
  times.push(performance.now() - start);
}
console.log(`workshop.merge50_ms: ${median(times).toFixed(2)}`);

const url = shareUrl('http://127.0.0.1:4321', await encodeShareFragment(fullyAnsweredDocument(content)));
console.log(`share.link_chars: ${url.length}`);
