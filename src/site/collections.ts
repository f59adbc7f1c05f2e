import type { Guide, Method, Mistake, RolloutPhase, SystemArticle, WarningSign } from '../schema/catalogue.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import { articleHref } from '../present/links.ts';
import type { ArticleCollection } from '../schema/ids.ts';

/** How each guide collection is named and introduced on the site. */
export const COLLECTION_PAGES: Record<
  ArticleCollection,
  { title: string; singular: string; intro: string; astroCollection: string }
> = {
  mistakes: {
    title: 'Segmentation mistakes',
    singular: 'Mistake',
    intro:
      'The mistakes that make segmentations fail, how to spot each one in your own organisation, and how to fix it.',
    astroCollection: 'mistakes',
  },
  methods: {
    title: 'Segmentation methods',
    singular: 'Method',
    intro: 'What each method needs in data, skill, time and money, what it is good for, and when to choose it.',
    astroCollection: 'methods',
  },
  systems: {
    title: 'Systems affected',
    singular: 'System',
    intro: 'What changes in each system when segments change, who owns it, and the traps to avoid.',
    astroCollection: 'systems',
  },
  rollout: {
    title: 'Rollout playbook',
    singular: 'Rollout phase',
    intro:
      'The phases from mobilising the sponsor to reinforcing the change in the field, with durations, owners and exit criteria.',
    astroCollection: 'rollout',
  },
  'warning-signs': {
    title: 'Warning signs',
    singular: 'Warning sign',
    intro: 'Signals that your current segmentation needs a design review or a membership refresh.',
    astroCollection: 'warningSigns',
  },
  guides: {
    title: 'Guides',
    singular: 'Guide',
    intro: 'The evidence behind the playbook, how to communicate a segmentation, and how often to review it.',
    astroCollection: 'guides',
  },
};

/** The guide URL of an article; the questionnaire, results and PDF link here. */
export function articleUrl(collection: ArticleCollection, id: string): string {
  return articleHref(`${collection}/${id}`);
}

export type ArticleData = Mistake | Method | SystemArticle | RolloutPhase | WarningSign | Guide;

/** The articles of one guide collection, in the bundle's order. */
export function articlesOf(bundle: ContentBundle, collection: ArticleCollection): readonly ArticleData[] {
  switch (collection) {
    case 'mistakes':
      return bundle.mistakes;
    case 'methods':
      return bundle.methods;
    case 'systems':
      return bundle.systems;
    case 'rollout':
      return bundle.rollout;
    case 'warning-signs':
      return bundle.warningSigns;
    case 'guides':
      return bundle.guides;
  }
}
