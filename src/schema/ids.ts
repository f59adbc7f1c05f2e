import { z } from 'zod';
import { QUESTION_ID_MESSAGE, QUESTION_ID_PATTERN, SLUG_PATTERN, SOURCE_ID_PATTERN } from './id-patterns.ts';

export const slugSchema = z.string().regex(SLUG_PATTERN, 'must be lower-case words joined by hyphens, e.g. "no-goal"');

export const questionIdSchema = z.string().regex(QUESTION_ID_PATTERN, QUESTION_ID_MESSAGE);

export const sourceIdSchema = z.string().regex(SOURCE_ID_PATTERN, 'must be a source tag such as "S1"');

/** The catalogues an article reference can point into; each has a guide page at `/guide/<collection>/<id>/`. */
export const ARTICLE_COLLECTIONS = ['mistakes', 'methods', 'systems', 'rollout', 'warning-signs', 'guides'] as const;
export type ArticleCollection = (typeof ARTICLE_COLLECTIONS)[number];

/** `collection/id`, e.g. `mistakes/no-goal`. */
export const articleRefSchema = z
  .string()
  .regex(
    new RegExp(`^(${ARTICLE_COLLECTIONS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`),
    `must be "<collection>/<id>" with collection one of ${ARTICLE_COLLECTIONS.join(', ')}`,
  );
export type ArticleRef = z.infer<typeof articleRefSchema>;

/** A guide article as a page links to it: its address and its title. */
export interface ArticleLink {
  readonly href: string;
  readonly title: string;
}
