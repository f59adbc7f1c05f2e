import type { ContentFiles } from '../sources.ts';
import type { ContentIds } from './ids.ts';
import type { Report } from './report.ts';

/**
 * Each catalogue entry: its id equals its file name, and the sources and questions it names
 * exist. Their conditional lines are checked next, in lines.ts.
 */
export function checkArticles(files: ContentFiles, ids: ContentIds, report: Report): void {
  const checkArticle = (
    entry: { file: string; data: { id: string; sources: string[] } },
    questionRefs: readonly string[],
    questionField: string,
  ): void => {
    const expected = entry.file
      .split('/')
      .pop()
      ?.replace(/\.mdx?$/, '');
    if (expected !== entry.data.id) report(entry.file, 'id', entry.data.id, `must equal the file name "${expected}"`);
    entry.data.sources.forEach((s, i) => {
      if (!ids.sources.has(s)) report(entry.file, `sources[${i}]`, s, `no source has id "${s}" in content/sources/`);
    });
    questionRefs.forEach((q, i) => {
      if (!ids.questions.has(q)) report(entry.file, `${questionField}[${i}]`, q, `no question has id "${q}"`);
    });
  };
  files.mistakes.forEach((m) => checkArticle(m, m.data.questions, 'questions'));
  files.methods.forEach((m) => checkArticle(m, [], 'questions'));
  files.systems.forEach((m) => checkArticle(m, m.data.ownerQuestion ? [m.data.ownerQuestion] : [], 'ownerQuestion'));
  files.rollout.forEach((m) => checkArticle(m, [], 'questions'));
  files.warningSigns.forEach((m) => checkArticle(m, m.data.questions, 'questions'));
  files.guides.forEach((m) => checkArticle(m, [], 'questions'));
}
