import type { ContentBundle, QuestionnaireContent } from '../schema/content-bundle.ts';
import type { ArticleCollection, ArticleLink } from '../schema/ids.ts';
import { articlesOf, articleUrl } from './collections.ts';

/** Only what the form reads, so the page does not carry the rules and articles it never uses. */
export function questionnaireContent(bundle: ContentBundle): QuestionnaireContent {
  return { settings: bundle.settings, sections: bundle.sections };
}

/**
 * The guide articles each question links to: the ones it names in `related`, then the mistakes
 * and warning signs whose frontmatter says this question detects them.
 */
export function questionLinks(bundle: ContentBundle): Record<string, ArticleLink[]> {
  const title = (collection: ArticleCollection, id: string): string =>
    articlesOf(bundle, collection).find((a) => a.id === id)?.title ?? id;
  const links: Record<string, ArticleLink[]> = {};
  for (const question of bundle.sections.flatMap((s) => s.questions)) {
    const list: ArticleLink[] = question.related.map((ref) => {
      const [collection, id] = ref.split('/') as [ArticleCollection, string];
      return { href: articleUrl(collection, id), title: title(collection, id) };
    });
    for (const m of bundle.mistakes)
      if (m.questions.includes(question.id)) list.push({ href: articleUrl('mistakes', m.id), title: m.title });
    for (const w of bundle.warningSigns)
      if (w.questions.includes(question.id)) list.push({ href: articleUrl('warning-signs', w.id), title: w.title });
    const unique = [...new Map(list.map((l) => [l.href, l])).values()];
    links[question.id] = unique.slice(0, 4);
  }
  return links;
}
