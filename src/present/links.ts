import type { ArticleRef } from '../schema/ids.ts';

/** The questionnaire link that opens a question for editing. */
export const editHref = (questionId: string): string => `/questionnaire/#q-${questionId}`;

/**
 * The questionnaire link to the rollout's start date, for a plan that had to assume one. The id is the
 * engine's START_DATE_QUESTION (a test keeps the two equal); renderers may not import the engine.
 */
export const startDateHref = editHref('rollout.start-date');

/** The guide page of an article reference such as `mistakes/no-goal`. */
export const articleHref = (ref: ArticleRef): string => `/guide/${ref}/`;
