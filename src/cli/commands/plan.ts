import { buildPlan } from '../../engine/build-plan.ts';
import type { ContentBundle } from '../../schema/content-bundle.ts';
import type { Plan } from '../../schema/plan/index.ts';
import type { PlanFormat } from '../args.ts';
import { join } from 'node:path';
import { loadPackageContent, PACKAGE_ROOT } from '../content.ts';
import { CliFailure, EXIT } from '../exit-codes.ts';
import { writeOutputFile } from '../files.ts';
import type { CliIo } from '../io.ts';
import { planToMarkdown } from '../../render/markdown/plan-markdown.ts';
import { problemLines, readAnswersFile, refuseNothingUsable } from './read-answers.ts';

/**
 * Turns a plan into the bytes of one output format. It gets the content too (e.g. for the brand
 * the PDF is printed under) and may be asynchronous (e.g. a PDF renderer).
 */
export type PlanRenderer = (plan: Plan, content: ContentBundle) => string | Uint8Array | Promise<string | Uint8Array>;

/** One renderer per format. */
const RENDERERS: Record<PlanFormat, PlanRenderer> = {
  json: (plan) => `${JSON.stringify(plan, null, 2)}\n`,
  md: planToMarkdown,
  pdf: async (plan, content) => {
    // React's production build, without the development checks: the PDF is the only thing that uses React here.
    process.env['NODE_ENV'] ??= 'production';
    // Loaded only for PDF, so JSON and Markdown runs do not pay react-pdf's start-up time.
    const { renderPlanPdfBuffer } = await import('../../render/pdf/node.ts');
    return renderPlanPdfBuffer(plan, {
      brand: content.brand,
      publicDir: join(PACKAGE_ROOT, 'public'),
    });
  },
};

/**
 * `plan FILE [--format json|md|pdf] [-o FILE]`: build the plan and print or write it. Answers the
 * content does not know are set aside with a warning on stderr, and the plan lists them.
 */
export async function runPlan(file: string, format: PlanFormat, output: string | null, io: CliIo): Promise<number> {
  const read = readAnswersFile(file);
  if (!read.ok) throw new CliFailure(`${file}: not a valid answers file\n${problemLines(read.problems)}`, EXIT.badFile);
  const content = loadPackageContent();
  refuseNothingUsable(file, content, read.document);
  const plan = buildPlan(content, read.document);
  for (const s of plan.setAside)
    io.stderr(`segment-playbook: warning: ${file}: ${s.part} "${s.key}" set aside: ${s.reason}\n`);
  const rendered = await RENDERERS[format](plan, content);
  if (output === null) io.stdout(rendered);
  else {
    writeOutputFile(output, rendered);
    io.stderr(`segment-playbook: wrote ${output}\n`);
  }
  return EXIT.ok;
}
