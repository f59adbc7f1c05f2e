import { nothingUsable } from '../../engine/answers/nothing-usable.ts';
import { parseAnswersJson, type DocumentProblem } from '../../engine/answers/parse.ts';
import { problemText } from '../../engine/answers/plain-problem.ts';
import { reconcileAnswers } from '../../engine/answers/reconcile.ts';
import type { QuestionnaireContent } from '../../schema/content-bundle.ts';
import type { LooseAnswersDocument } from '../../schema/answers.ts';
import { CliFailure, EXIT } from '../exit-codes.ts';
import { readTextFile } from '../files.ts';

export type ReadAnswers =
  | { readonly ok: true; readonly document: LooseAnswersDocument }
  | { readonly ok: false; readonly problems: readonly DocumentProblem[] };

/**
 * Read and parse an answers file. A file that cannot be read, is empty, binary, too large or
 * not JSON fails at once with exit code 2; a JSON file with bad fields returns its problems.
 */
export function readAnswersFile(path: string): ReadAnswers {
  const parsed = parseAnswersJson(readTextFile(path));
  if (parsed.ok) return parsed;
  const [first] = parsed.problems;
  if (parsed.problems.length === 1 && first?.path === '(file)')
    throw new CliFailure(`${path}: ${first.message}`, EXIT.badFile);
  return parsed;
}

/** "  - meta.date: must be a real calendar date", one line per problem. */
export function problemLines(problems: readonly DocumentProblem[]): string {
  return problems.map((p) => `  - ${problemText(p)}`).join('\n');
}

/**
 * Refuse (exit 2) a file that gives answers but not one that fits a question, as the site refuses
 * it: a plan from such a file would be built from nothing.
 */
export function refuseNothingUsable(file: string, content: QuestionnaireContent, document: LooseAnswersDocument): void {
  const { answers, setAside } = reconcileAnswers(content, document);
  const nothing = nothingUsable(document, answers.size, setAside);
  if (nothing !== null) throw new CliFailure(`${file}: ${nothing.message}`, EXIT.badFile);
}
