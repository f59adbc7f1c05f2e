import { z } from 'zod';
import { isCalendarDate } from './calendar-date.ts';
import { answerValueSchema } from './answer-value.ts';
import { questionIdSchema } from './ids.ts';
import { QUESTION_TYPES } from './question-types.ts';

/** The answers-document format this code reads and writes. Raise it only for a breaking change. */
export const ANSWERS_SCHEMA_VERSION = 1;

/** Longest text accepted in a meta field; a name or a role, never prose. */
const META_TEXT_MAX = 200;
/** Longest note per question; long enough for workshop minutes. */
export const NOTE_MAX = 20_000;
/** Longest key accepted in `answers` and `notes`, so a hostile file cannot smuggle megabyte keys. */
export const ANSWER_KEY_MAX = 200;

/** A date written `YYYY-MM-DD` that exists in the calendar. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. "2025-03-01"')
  .refine(isCalendarDate, 'must be a real calendar date');

/** Who answered, for whom, and when. */
export const answersMetaSchema = z
  .object({
    /** The organisation or team the assessment is about. */
    organisation: z.string().max(META_TEXT_MAX).describe('The organisation or team the assessment is about'),
    /** The person who gave the answers. */
    respondent: z.string().max(META_TEXT_MAX).describe('The person who gave the answers'),
    /** The respondent's role, e.g. "Sales VP"; the workshop view groups answers by it. */
    role: z.string().max(META_TEXT_MAX).describe('The respondent\'s role, e.g. "Sales VP"'),
    /** The date of the answers. The rollout starts here when no start date is answered. */
    date: isoDateSchema.describe('The date of the answers, YYYY-MM-DD'),
  })
  .strict();
export type AnswersMeta = z.output<typeof answersMetaSchema>;

/** What `segment-playbook template` writes beside each blank answer, so a person can fill it in. */
export const answerGuideSchema = z
  .object({
    /** The question as the respondent reads it. */
    prompt: z.string(),
    type: z.enum(QUESTION_TYPES),
    /** The values the answer accepts, in words. */
    accepts: z.string(),
  })
  .strict();

/** Fields shared by the published document and the lenient form used when loading a file. */
const envelope = {
  /** Optional link to this JSON Schema, for editors. */
  $schema: z.string().max(500).optional().describe('Optional link to this JSON Schema, for editors'),
  /** The format version; always 1 for now. */
  schemaVersion: z.literal(ANSWERS_SCHEMA_VERSION).describe('The answers-document format version'),
  /** The content version (`content/settings/site.yaml`) the answers were given against. */
  contentVersion: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as "1.0.0"')
    .describe('The content version the answers were given against'),
  meta: answersMetaSchema,
  /** Read by people only; ignored when planning. */
  guide: z
    .record(z.string().max(ANSWER_KEY_MAX), answerGuideSchema)
    .optional()
    .describe('Help for a person filling in the file; ignored when planning'),
};

/**
 * A saved set of answers: the published, strict form (see `schema/answers.schema.json`).
 * `null` is a blank answer, as written by the template.
 */
export const answersDocumentSchema = z
  .object({
    ...envelope,
    /** One answer per question id; its shape follows the question type. */
    answers: z
      .record(questionIdSchema, answerValueSchema.nullable())
      .describe('One answer per question id; null is blank'),
    /** Optional free-text notes per question id. */
    notes: z.record(questionIdSchema, z.string().max(NOTE_MAX)).default({}).describe('Optional notes per question id'),
  })
  .strict();
export type AnswersDocument = z.output<typeof answersDocumentSchema>;
export type AnswersDocumentInput = z.input<typeof answersDocumentSchema>;

/**
 * The form used when loading a file: the envelope is checked strictly, but each answer is
 * kept as it is, so that `reconcileAnswers` can set aside what does not fit instead of
 * rejecting a whole file written against an older content version.
 */
export const looseAnswersDocumentSchema = z
  .object({
    ...envelope,
    answers: z.record(z.string().max(ANSWER_KEY_MAX), z.unknown()),
    notes: z.record(z.string().max(ANSWER_KEY_MAX), z.string().max(NOTE_MAX)).default({}),
  })
  .strict();
/** An answers document whose answers have not yet been checked against the questions. */
export type LooseAnswersDocument = z.output<typeof looseAnswersDocumentSchema>;
