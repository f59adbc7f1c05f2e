import type { ContentFiles, ContentProblem } from '../sources.ts';
import { checkArticles } from './articles.ts';
import { checkBrand } from './brand.ts';
import { checkCoverage } from './coverage.ts';
import { checkDesign } from './design.ts';
import { checkIds } from './ids.ts';
import { checkLevels } from './levels.ts';
import { checkLines } from './lines.ts';
import { checkQuestions } from './questions.ts';
import { checkQuickCheck } from './quick-check.ts';
import { problemList } from './report.ts';
import { checkRules } from './rules.ts';
import { checkTerms } from './terms.ts';

/** Facts the integrity check needs from outside the content, such as whether a public file exists. */
export interface IntegrityEnvironment {
  readonly publicFileExists: (path: string) => boolean;
}

/**
 * Cross-file checks that a per-file schema cannot make: unique ids, references that resolve,
 * conditions that look only backwards, and catalogue entries that rules can reach. Each kind
 * of problem has its own module here; they run in this order, which is the order problems are
 * reported in.
 */
export function checkIntegrity(files: ContentFiles, env: IntegrityEnvironment): ContentProblem[] {
  const { problems, report } = problemList();
  const ids = checkIds(files, report);
  checkLevels(files, report);
  checkQuestions(ids, report);
  const covered = checkRules(files, ids, report);
  checkArticles(files, ids, report);
  checkLines(files, ids, report);
  checkCoverage(files, covered, report);
  checkBrand(files, env.publicFileExists, report);
  checkDesign(files, ids, report);
  checkTerms(files, ids, report);
  // Whether a quick-check question can be shown is worked out only on questions with sound conditions.
  checkQuickCheck(files, ids, report, problems.length === 0);
  return problems;
}
