import type { LooseAnswersDocument } from '../../schema/answers.ts';
import type { SetAsideEntry } from '../../schema/plan/index.ts';
import type { DocumentProblem } from './parse.ts';

/** How many of the reasons the refusal quotes; the rest are counted. */
const REASONS_SHOWN = 2;

/**
 * A file that gives answers but not one the questions can use would become a plan (or an
 * assessment) built from nothing, so the command line, the questionnaire's import and the workshop
 * all refuse it with this problem. A file with no answers at all (a blank template) is not refused,
 * and a file with at least one usable answer imports with the rest set aside.
 */
export function nothingUsable(
  document: LooseAnswersDocument,
  usable: number,
  setAside: readonly SetAsideEntry[],
): DocumentProblem | null {
  const given = Object.values(document.answers).filter((v) => v !== null && v !== undefined).length;
  if (given === 0 || usable > 0) return null;
  const reasons = setAside.filter((s) => s.part === 'answer');
  const shown = reasons.slice(0, REASONS_SHOWN).map((s) => `${cut(s.key, 40)}: ${cut(s.reason, 80)}`);
  const more = reasons.length - shown.length;
  return {
    path: '(document)',
    message: `none of its ${given === 1 ? 'one answer fits' : `${given} answers fits`} a question, so there is nothing to build a plan from (${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''})`,
  };
}

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 3)}...` : text);
