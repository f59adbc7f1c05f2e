// The id formats as plain patterns, without zod, so the answers schema (zod/mini, shipped to the
// browser) and the content schemas (classic zod, in `ids.ts`) check ids with the same rule.

/** Lower-case words joined by hyphens: `no-goal`, `written-kpi`. Used for options and catalogue entries. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `section.question-slug`, e.g. `readiness.objective`. Published ids never change; wording can. */
export const QUESTION_ID_PATTERN = /^[a-z]+(?:-[a-z]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const QUESTION_ID_MESSAGE = 'must look like "section.question", e.g. "readiness.objective"';

/** A source tag as DOMAIN.md writes it: `S1`, `S30b`. */
export const SOURCE_ID_PATTERN = /^S\d+[a-z]?$/;
