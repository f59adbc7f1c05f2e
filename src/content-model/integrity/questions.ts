import type { ArticleCollection } from '../../schema/ids.ts';
import { checkCondition } from './conditions.ts';
import type { ContentIds } from './ids.ts';
import type { Report } from './report.ts';

/**
 * Each question in turn: its visibility conditions (its own and its options') look only backwards, a
 * `movedFrom` names a question that no longer exists and options that do, and its related articles exist.
 */
export function checkQuestions(ids: ContentIds, report: Report): void {
  for (const { question, file, position } of ids.questions.values()) {
    const base = `questions.${question.id}`;
    if (question.visibleIf !== undefined)
      checkCondition(question.visibleIf, `${base}.visibleIf`, ids.questions, position, (f, v, m) =>
        report(file, f, v, m),
      );
    // An option's condition, like the question's, reads only earlier questions.
    (question.options ?? []).forEach((option) => {
      if (option.visibleIf !== undefined)
        checkCondition(option.visibleIf, `${base}.options.${option.id}.visibleIf`, ids.questions, position, (f, v, m) =>
          report(file, f, v, m),
        );
    });
    if (question.movedFrom !== undefined) {
      const from = question.movedFrom;
      if (ids.questions.has(from.question))
        report(
          file,
          `${base}.movedFrom.question`,
          from.question,
          'a question still has this id: answers can move only from a question that no longer exists',
        );
      const options = new Set((question.options ?? []).map((o) => o.id));
      for (const [old, to] of Object.entries(from.options ?? {}))
        if (!options.has(to))
          report(file, `${base}.movedFrom.options.${old}`, to, `"${question.id}" has no option "${to}"`);
    }
    question.related.forEach((ref, i) => {
      const [collection, id] = ref.split('/') as [ArticleCollection, string];
      if (!ids.articles.get(collection)?.has(id)) {
        report(file, `${base}.related[${i}]`, ref, `no ${collection} article has id "${id}"`);
      }
    });
  }
}
