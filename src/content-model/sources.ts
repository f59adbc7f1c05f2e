import type {
  DesignSettings,
  Guide,
  Method,
  Mistake,
  ReadinessModel,
  RolloutPhase,
  Source,
  SystemArticle,
  WarningSign,
} from '../schema/catalogue.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import type { Section } from '../schema/question.ts';
import type { Rule } from '../schema/rule.ts';
import type { Brand, SiteSettings } from '../schema/settings.ts';
import type { IndustryTerms } from '../schema/terms.ts';
import type { QuickCheck } from '../schema/quick-check.ts';

/** A validated content item and the file it came from, so that problems can name the file. */
export interface ContentFile<T> {
  /** Path relative to the project root, e.g. `content/questionnaire/01-readiness.yaml`. */
  readonly file: string;
  readonly data: T;
}

/** All content, file by file, before it is assembled into a bundle. */
export interface ContentFiles {
  readonly settings: ContentFile<SiteSettings>;
  readonly brand: ContentFile<Brand>;
  readonly sections: readonly ContentFile<Section>[];
  readonly rules: readonly ContentFile<{ rules: Rule[] }>[];
  readonly readiness: ContentFile<ReadinessModel>;
  readonly mistakes: readonly ContentFile<Mistake>[];
  readonly methods: readonly ContentFile<Method>[];
  readonly systems: readonly ContentFile<SystemArticle>[];
  readonly rollout: readonly ContentFile<RolloutPhase>[];
  readonly warningSigns: readonly ContentFile<WarningSign>[];
  readonly guides: readonly ContentFile<Guide>[];
  readonly sources: readonly ContentFile<{ sources: Source[] }>[];
  readonly design: ContentFile<DesignSettings>;
  /** Words native to some industries; only the content check reads them, so they stay out of the bundle. */
  readonly terms: ContentFile<IndustryTerms>;
  /** The quick check's questions and wording; the quick-check pages read it beside the bundle. */
  readonly quickCheck: ContentFile<QuickCheck>;
}

/** One thing wrong with the content: where it is, what the bad value is, and what was expected. */
export interface ContentProblem {
  readonly file: string;
  /** Dotted path to the field, naming list items by id where they have one. */
  readonly field: string;
  /** The offending value, as JSON. */
  readonly value: string;
  readonly message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field} = ${p.value}: ${p.message}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  - ${formatProblem(p)}`);
  return `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

function byId<T extends { id: string }>(a: ContentFile<T>, b: ContentFile<T>): number {
  return a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0;
}

/**
 * Assemble the engine's bundle: sections and phases in order, catalogues sorted by id so output is
 * stable. The industry terms are left out: the engine never reads them, and the bundle ships to the
 * results, share and workshop pages.
 */
export function toBundle(files: ContentFiles): ContentBundle {
  const data = <T>(list: readonly ContentFile<T>[]): T[] => list.map((f) => f.data);
  return {
    settings: files.settings.data,
    brand: files.brand.data,
    sections: [...files.sections].sort((a, b) => a.data.order - b.data.order).map((f) => f.data),
    rules: [...files.rules].sort((a, b) => (a.file < b.file ? -1 : 1)).flatMap((f) => f.data.rules),
    readiness: files.readiness.data,
    mistakes: data([...files.mistakes].sort(byId)),
    methods: data([...files.methods].sort(byId)),
    systems: data([...files.systems].sort(byId)),
    rollout: [...files.rollout].sort((a, b) => a.data.order - b.data.order).map((f) => f.data),
    warningSigns: data([...files.warningSigns].sort(byId)),
    guides: [...files.guides].sort((a, b) => a.data.order - b.data.order).map((f) => f.data),
    sources: files.sources.flatMap((f) => f.data.sources),
    design: files.design.data,
  };
}
