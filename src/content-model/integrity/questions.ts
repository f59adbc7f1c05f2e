import type { ArticleCollection } from '../../schema/ids.ts';
import { checkCondition } from './conditions.ts';
import type { ContentIds } from './ids.ts';
import type { Report } from './report.ts';

/** Each question in turn: its visibility condition looks only backwards, and its related articles exist. */
export function checkQuestions(ids: ContentIds, report: Report): void {
  for (const { question, file, position } of ids.questions.values()) {
    const base = `questions.${question.id}`;
    if (question.visibleIf !== undefined)
      checkCondition(question.visibleIf, `${base}.visibleIf`, ids.questions, position, (f, v, m) =>
        report(file, f, v, m),
      );
    question.related.forEach((ref, i) => {
      const [collection, id] = ref.split('/') as [ArticleCollection, string];
      if (!ids.articles.get(collection)?.has(id)) {
        report(file, `${base}.related[${i}]`, ref, `no ${collection} article has id "${id}"`);
      }
    });
  }
}
