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
} from './catalogue.ts';
import type { Section } from './question.ts';
import type { Rule } from './rule.ts';
import type { Brand, SiteSettings } from './settings.ts';

/**
 * Everything the engine reads, already validated: the same object whether it came from
 * Astro's content collections (the site) or from the files on disk (the command line and tests).
 */
export interface ContentBundle {
  readonly settings: SiteSettings;
  readonly brand: Brand;
  /** Sections in flow order, each with its questions in order. */
  readonly sections: readonly Section[];
  readonly rules: readonly Rule[];
  readonly readiness: ReadinessModel;
  readonly mistakes: readonly Mistake[];
  readonly methods: readonly Method[];
  readonly systems: readonly SystemArticle[];
  readonly rollout: readonly RolloutPhase[];
  readonly warningSigns: readonly WarningSign[];
  readonly guides: readonly Guide[];
  readonly sources: readonly Source[];
  /** How method segments become a design: frequencies, owners, capacity band, layer templates. */
  readonly design: DesignSettings;
}

/**
 * What the questionnaire reads: the question bank and the site settings, without the rules and
 * articles. Checking visibility, reconciling an imported file and writing a CSV need no more, so
 * the questionnaire page ships only this.
 */
export type QuestionnaireContent = Pick<ContentBundle, 'settings' | 'sections'>;
