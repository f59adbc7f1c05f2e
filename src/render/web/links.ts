import type { ArticleRef } from '../../schema/ids.ts';

/** The questionnaire link that opens a question for editing. */
export const editHref = (questionId: string): string => `/questionnaire/#q-${questionId}`;

/** The guide page of an article reference such as `mistakes/no-goal`. */
export const articleHref = (ref: ArticleRef): string => `/guide/${ref}/`;

/** Dates as the reader expects them: 3 Feb 2027. Parsed as UTC so the day never shifts. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
