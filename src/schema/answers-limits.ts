// The limits and formats of an answers document as plain values, without zod, so that code that
// checks a document by hand (a share link, the questionnaire's form, a consensus document) reads
// the same numbers as the schema in `answers.ts` without loading a schema library.

/** Longest text accepted in a meta field (organisation, respondent, role); a name, never prose. */
export const META_TEXT_MAX = 200;
/** Longest note per question; long enough for workshop minutes. */
export const NOTE_MAX = 20_000;
/** Longest text answer, and the limit of a text question that sets no `maxLength`. */
export const TEXT_ANSWER_MAX = 20_000;
/** Most items in a list answer; more than any question has options. */
export const LIST_ANSWER_MAX = 100;
/** Longest item of a list answer (an option id). */
export const LIST_ITEM_MAX = 200;
/** Longest key accepted in `answers`, `notes` and `guide`, so a hostile file cannot smuggle megabyte keys. */
export const ANSWER_KEY_MAX = 200;
/** Longest `$schema` link. */
export const SCHEMA_LINK_MAX = 500;

/** A content version: a semantic version such as `1.0.0`. */
export const CONTENT_VERSION_PATTERN = /^\d+\.\d+\.\d+$/;
export const CONTENT_VERSION_MESSAGE = 'must be a semantic version such as "1.0.0"';
