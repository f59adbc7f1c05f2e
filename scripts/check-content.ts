/**
 * Checks the content folder the way the build does and prints each problem with its file,
 * field and value. Exit code 1 when anything is wrong.
 * Usage: node scripts/check-content.ts [content-root]
 */
import { resolve } from 'node:path';
import { loadContentFromDisk } from '../src/content-model/load-from-disk.ts';
import { formatProblems } from '../src/content-model/sources.ts';

const root = resolve(import.meta.dirname, '..');
const result = loadContentFromDisk(root, process.argv[2] ? resolve(process.argv[2]) : undefined);
if (result.problems.length > 0) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
const b = result.bundle;
const questions = b?.sections.reduce((n, s) => n + s.questions.length, 0) ?? 0;
console.log(
  `Content OK: ${b?.sections.length} sections, ${questions} questions, ${b?.rules.length} rules, ` +
    `${b?.mistakes.length} mistakes, ${b?.methods.length} methods, ${b?.systems.length} systems, ` +
    `${b?.rollout.length} rollout phases, ${b?.warningSigns.length} warning signs, ${b?.guides.length} guides.`,
);
