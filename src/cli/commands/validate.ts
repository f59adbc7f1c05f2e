import { reconcileAnswers } from '../../engine/answers/reconcile.ts';
import { formatPath } from '../../engine/answers/parse.ts';
import { buildPlan } from '../../engine/build-plan.ts';
import { loadPackageContent } from '../content.ts';
import { EXIT } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { problemLines, readAnswersFile } from './read-answers.ts';

/**
 * `validate FILE`: exit 0 and a one-line summary when the file is valid; exit 1 and one line
 * per bad field (its path and what was expected) when it is not. Answers the current content
 * does not know count as problems here, though `plan` would only set them aside, and so do answers
 * that contradict each other (the content's conflict rules), though `plan` lists them as open questions.
 */
export function runValidate(file: string, io: CliIo): number {
  const read = readAnswersFile(file);
  if (!read.ok) {
    io.stdout(`${file}: not a valid answers file\n${problemLines(read.problems)}\n`);
    return EXIT.invalid;
  }
  const content = loadPackageContent();
  const { answers, setAside } = reconcileAnswers(content, read.document);
  const problems = setAside.map((s) => ({
    path: formatPath([s.part === 'answer' ? 'answers' : 'notes', s.key]),
    message: `${s.reason} (plan sets it aside)`,
  }));
  for (const q of buildPlan(content, read.document).openQuestions) {
    if (q.status !== 'conflict') continue;
    const others = q.evidence.filter((e) => e.questionId !== q.questionId).map((e) => e.questionId);
    problems.push({
      path: formatPath(['answers', q.questionId]),
      message: `contradicts ${others.map((id) => formatPath(['answers', id])).join(' and ')}: ${q.problem ?? ''}`,
    });
  }
  const version =
    read.document.contentVersion === content.settings.contentVersion
      ? ''
      : ` It was written against content version ${read.document.contentVersion}; the current version is ${content.settings.contentVersion}.`;
  if (problems.length > 0) {
    // Every problem is listed; when none of the answers fits, `plan` refuses the file, and this says so first.
    const nothing = answers.size === 0 && problems.some((p) => p.path.startsWith('answers'));
    const refused = nothing ? ' None of its answers fits a question, so `plan` refuses it.' : '';
    io.stdout(
      `${file}: not valid: ${problems.length} problem${problems.length === 1 ? '' : 's'}.${refused}${version}\n${problemLines(problems)}\n`,
    );
    return EXIT.invalid;
  }
  const total = content.sections.reduce((sum, s) => sum + s.questions.length, 0);
  io.stdout(`${file}: valid. ${answers.size} of ${total} questions answered.${version}\n`);
  return EXIT.ok;
}
