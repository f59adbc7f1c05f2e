import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswersJson } from '../engine/answers/parse.ts';
import { buildPlan } from '../engine/build-plan.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import type { Plan } from '../schema/plan/index.ts';
import type { PdfEdition } from '../render/pdf/options.ts';

/**
 * The example plan on the home page: one of the expert reference cases (test/fixtures/expert-cases),
 * a fictitious US dental supplier answered as its commercial director would. Built at build time
 * from the golden answers file itself, so the example is always what the engine says today.
 */
export const EXAMPLE_ANSWERS = 'test/fixtures/expert-cases/ec-02-dental-supplies.json';

/** Where the example's page and PDF are served. */
export const EXAMPLE_HREF = '/example/';
export const EXAMPLE_PDF_HREF = '/example/plan.pdf';

/** A count from the answers, written out (e.g. "28,000"), or "an unstated number of" when not answered. */
function count(answers: Readonly<Record<string, unknown>>, questionId: string): string {
  const value = answers[questionId];
  return typeof value === 'number' ? value.toLocaleString('en-US') : 'an unstated number of';
}

/**
 * The example's plan, and how it is marked on its page and on its PDF's cover: the golden answers
 * with the case number taken off the organisation's name.
 */
export function examplePlan(content: ContentBundle, projectRoot = process.cwd()): { plan: Plan; edition: PdfEdition } {
  const parsed = parseAnswersJson(readFileSync(join(projectRoot, EXAMPLE_ANSWERS), 'utf8'));
  if (!parsed.ok) throw new Error(`${EXAMPLE_ANSWERS} is not a valid answers file`);
  const { meta, answers } = parsed.document;
  const plan = buildPlan(content, {
    ...parsed.document,
    meta: { ...meta, organisation: meta.organisation.replace(/^EC-\d+\s+/, ''), respondent: '' },
  });
  const edition: PdfEdition = {
    label: 'Example plan',
    note: `A fictitious US dental supplier with ${count(answers, 'segment-count.reps')} field reps, ${count(answers, 'segment-count.inside-reps')} inside reps and ${count(answers, 'segment-count.accounts')} practices, answered as its ${meta.role.toLowerCase()} would. The engine that builds your plan built this one.`,
  };
  return { plan, edition };
}
