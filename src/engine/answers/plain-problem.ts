import { ANSWER_KEY_MAX } from '../../schema/answers-limits.ts';
import type { DocumentProblem } from './parse.ts';

/** Paths are shown in messages; a hostile one is cut to this length. */
const SHOWN_MAX = 80;

const shorten = (text: string): string => (text.length > SHOWN_MAX ? `${text.slice(0, SHOWN_MAX - 3)}...` : text);

/**
 * One problem of an answers file as the command line and the site both word it: where it is (left
 * out for the file as a whole), then what is wrong, in plainer words where the parser's wording is
 * a schema library's.
 */
export function problemText(problem: DocumentProblem): string {
  if (problem.path === 'schemaVersion' && !problem.message.includes('newer'))
    return 'its schemaVersion is not 1, the only answers format this version of Segment Playbook reads';
  const where = problem.path === '(file)' || problem.path === '(document)' ? '' : `${shorten(problem.path)}: `;
  if (problem.message === 'Invalid key in record')
    return `${where}a question id is longer than ${ANSWER_KEY_MAX} characters, so it cannot be one`;
  if (problem.message.endsWith('received undefined')) return `${shorten(problem.path)} is missing`;
  const tooLong = /^Too big: expected string to have <=(\d+) characters$/.exec(problem.message);
  if (tooLong !== null) return `${where}longer than the ${tooLong[1] ?? ''} characters allowed`;
  return `${where}${problem.message}`;
}
