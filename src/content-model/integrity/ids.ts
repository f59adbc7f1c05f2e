import { ARTICLE_COLLECTIONS, type ArticleCollection } from '../../schema/ids.ts';
import type { Question } from '../../schema/question.ts';
import type { ContentFiles } from '../sources.ts';
import type { Report } from './report.ts';

export interface QuestionEntry {
  readonly question: Question;
  readonly file: string;
  /** Position in the whole flow, 0 first. */
  readonly position: number;
}

/** Every id the content defines, as the other checks look references up in them. */
export interface ContentIds {
  /** Questions by id, each with its first definition. */
  readonly questions: ReadonlyMap<string, QuestionEntry>;
  readonly articles: ReadonlyMap<ArticleCollection, ReadonlySet<string>>;
  readonly sources: ReadonlySet<string>;
  readonly dimensions: ReadonlySet<string>;
}

/**
 * Index every id, reporting duplicates: sections (and their order), questions (which must start
 * with their section's id) and their options, the articles of each catalogue, sources and
 * readiness dimensions.
 */
export function checkIds(files: ContentFiles, report: Report): ContentIds {
  const questions = indexQuestions(files, report);
  const catalogues = {
    mistakes: files.mistakes,
    methods: files.methods,
    systems: files.systems,
    rollout: files.rollout,
    'warning-signs': files.warningSigns,
    guides: files.guides,
  } satisfies Record<ArticleCollection, readonly { file: string; data: { id: string } }[]>;
  const articles = new Map<ArticleCollection, Set<string>>();
  for (const collection of ARTICLE_COLLECTIONS) {
    articles.set(collection, uniqueIds(catalogues[collection], collection, report));
  }
  const sources = new Set<string>();
  for (const f of files.sources) {
    for (const s of f.data.sources) {
      if (sources.has(s.id)) report(f.file, `sources.${s.id}.id`, s.id, 'duplicate source id');
      sources.add(s.id);
    }
  }
  const dimensions = new Set<string>();
  for (const d of files.readiness.data.dimensions) {
    if (dimensions.has(d.id)) report(files.readiness.file, `dimensions.${d.id}.id`, d.id, 'duplicate dimension id');
    dimensions.add(d.id);
  }
  return { questions, articles, sources, dimensions };
}

function indexQuestions(files: ContentFiles, report: Report): Map<string, QuestionEntry> {
  const index = new Map<string, QuestionEntry>();
  const sectionIds = new Set<string>();
  const orders = new Set<number>();
  let position = 0;
  for (const { file, data: section } of [...files.sections].sort((a, b) => a.data.order - b.data.order)) {
    if (sectionIds.has(section.id)) report(file, 'id', section.id, 'duplicate section id');
    if (orders.has(section.order)) report(file, 'order', section.order, 'another section has the same order');
    sectionIds.add(section.id);
    orders.add(section.order);
    for (const question of section.questions) {
      const base = `questions.${question.id}`;
      if (!question.id.startsWith(`${section.id}.`)) {
        report(file, `${base}.id`, question.id, `must start with the section id "${section.id}."`);
      }
      const earlier = index.get(question.id);
      if (earlier !== undefined) {
        // Keep the first definition so that references are checked against it, not against the copy.
        report(file, `${base}.id`, question.id, `duplicate question id (first defined in ${earlier.file})`);
        position += 1;
        continue;
      }
      const optionIds = new Set<string>();
      for (const option of question.options ?? []) {
        if (optionIds.has(option.id))
          report(file, `${base}.options.${option.id}`, option.id, 'duplicate option id in this question');
        optionIds.add(option.id);
      }
      index.set(question.id, { question, file, position });
      position += 1;
    }
  }
  return index;
}

function uniqueIds(
  entries: readonly { file: string; data: { id: string } }[],
  collection: string,
  report: Report,
): Set<string> {
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.data.id)) report(e.file, 'id', e.data.id, `duplicate id in ${collection}`);
    ids.add(e.data.id);
  }
  return ids;
}
