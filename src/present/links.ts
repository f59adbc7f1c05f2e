import type { ArticleRef } from '../schema/ids.ts';

/** The questionnaire link that opens a question for editing. */
export const editHref = (questionId: string): string => `/questionnaire/#q-${questionId}`;

/** The guide page of an article reference such as `mistakes/no-goal`. */
export const articleHref = (ref: ArticleRef): string => `/guide/${ref}/`;
