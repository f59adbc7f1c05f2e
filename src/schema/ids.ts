import { z } from 'zod';

/** Lower-case words joined by hyphens: `no-goal`, `written-kpi`. Used for options and catalogue entries. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `section.question-slug`, e.g. `readiness.objective`. Published ids never change; wording can. */
export const QUESTION_ID_PATTERN = /^[a-z]+(?:-[a-z]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A source tag as DOMAIN.md writes it: `S1`, `S30b`. */
export const SOURCE_ID_PATTERN = /^S\d+[a-z]?$/;

export const slugSchema = z.string().regex(SLUG_PATTERN, 'must be lower-case words joined by hyphens, e.g. "no-goal"');

export const questionIdSchema = z
  .string()
  .regex(QUESTION_ID_PATTERN, 'must look like "section.question", e.g. "readiness.objective"');

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
