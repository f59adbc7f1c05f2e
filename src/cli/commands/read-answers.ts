import { parseAnswersJson, type DocumentProblem } from '../../engine/answers/parse.ts';
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
  return problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n');
}
