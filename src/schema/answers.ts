// The answers document, defined once. Everything that reads one uses these schemas: the published
// JSON Schema (`schema/answers.schema.json`), the command line's `validate`, importing a file, and
// the assessments and workshops kept in the browser. They are zod/mini, not classic zod, because
// the questionnaire and workshop pages check stored documents with them and classic zod schemas
// carry its whole runtime; classic schemas (the plan) can still embed them.
import * as z from 'zod/mini';
import {
  ANSWER_KEY_MAX,
  CONTENT_VERSION_MESSAGE,
  CONTENT_VERSION_PATTERN,
  LIST_ANSWER_MAX,
  LIST_ITEM_MAX,
  META_TEXT_MAX,
  NOTE_MAX,
  SCHEMA_LINK_MAX,
  TEXT_ANSWER_MAX,
} from './answers-limits.ts';
import { isCalendarDate } from './calendar-date.ts';
import { QUESTION_ID_MESSAGE, QUESTION_ID_PATTERN } from './id-patterns.ts';
import { QUESTION_TYPES } from './question-types.ts';

/** The answers-document format this code reads and writes. Raise it only for a breaking change. */
export const ANSWERS_SCHEMA_VERSION = 1;

/**
 * `schema` with a description for the JSON Schema. The description is registered on the schema
 * itself, not on a copy as `z.describe` makes: a copy lists its parts twice, and the JSON Schema
 * would then move them into `$defs`. So describe only a schema made for that one place.
 */
function described<T extends z.core.$ZodType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

/** Text of at most `max` characters. */
export const boundedText = (max: number) => z.string().check(z.maxLength(max));

/** A date written `YYYY-MM-DD` that exists in the calendar. */
export const isoDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. "2025-03-01"'),
    z.refine(isCalendarDate, 'must be a real calendar date'),
  );

/** A question id as a key of `answers` and `notes` in the published document. */
const questionIdSchema = z.string().check(z.regex(QUESTION_ID_PATTERN, QUESTION_ID_MESSAGE));
/** Any key, checked only for length: a document being loaded may name questions this version does not have. */
const answerKeySchema = boundedText(ANSWER_KEY_MAX);

/** The explicit "don't know" answer. It counts as answered for progress, but as unknown for scoring. */
export const dontKnowSchema = described(
  z.strictObject({
    dontKnow: described(z.literal(true), 'Always true: the answer is "don\'t know"'),
  }),
  'The respondent said they do not know',
);

/**
 * One answer. Its shape follows the question type: an option id (single), option ids (multiple),
 * a number (scale and number), or text (short and long text).
 */
export const answerValueSchema = described(
  z.union([
    described(boundedText(TEXT_ANSWER_MAX), 'The chosen option id (single), or the text (text, longtext)'),
    described(
      z.array(boundedText(LIST_ITEM_MAX)).check(z.maxLength(LIST_ANSWER_MAX)),
      'The chosen option ids, each once (multiple)',
    ),
    described(z.number(), "A number within the question's range (scale, number)"),
    dontKnowSchema,
  ]),
  'One answer: an option id, option ids, a number, text, or {"dontKnow": true}, by the question type',
);

/** Who answered, for whom, and when. */
export const answersMetaSchema = described(
  z.strictObject({
    organisation: described(boundedText(META_TEXT_MAX), 'The organisation or team the assessment is about'),
    respondent: described(boundedText(META_TEXT_MAX), 'The person who gave the answers'),
    /** The workshop view groups answers by role. */
    role: described(boundedText(META_TEXT_MAX), 'The respondent\'s role, e.g. "Sales VP"'),
    /** The rollout starts here when no start date is answered. */
    date: described(isoDateSchema.clone(), 'The date of the answers, YYYY-MM-DD'),
  }),
  'Who answered, for whom, and when',
);
export type AnswersMeta = z.output<typeof answersMetaSchema>;

/** What `segment-playbook template` writes beside each blank answer, so a person can fill it in. */
export const answerGuideSchema = described(
  z.strictObject({
    prompt: described(z.string(), 'The question as the respondent reads it'),
    type: described(
      z.enum(QUESTION_TYPES),
      'The question type, which sets the shape of the answer: single (one option id), multiple (a list of option ids), scale or number (a number), text or longtext (text)',
    ),
    accepts: described(
      z.string(),
      'The values the answer accepts, in words: the option ids, the range of numbers or the longest text, and whether "don\'t know" is allowed',
    ),
  }),
  'How to answer the question with this id; written by `segment-playbook template`',
);

/** Fields every form of the document shares: the published one, the one read from a file, the stored one. */
const envelope = {
  $schema: z.optional(described(boundedText(SCHEMA_LINK_MAX), 'Optional link to this JSON Schema, for editors')),
  /** The format version; always 1 for now. */
  schemaVersion: described(z.literal(ANSWERS_SCHEMA_VERSION), 'The answers-document format version'),
  /** The content version (`content/settings/site.yaml`) the answers were given against. */
  contentVersion: described(
    z.string().check(z.regex(CONTENT_VERSION_PATTERN, CONTENT_VERSION_MESSAGE)),
    'The content version the answers were given against',
  ),
  meta: answersMetaSchema,
  guide: z.optional(
    described(
      z.record(answerKeySchema, answerGuideSchema),
      'Help for a person filling in the file; ignored when planning',
    ),
  ),
};

/** Free-text notes by question id; a document without `notes` has none. */
const notesOf = (key: typeof answerKeySchema) =>
  z._default(
    described(
      z.record(key, described(boundedText(NOTE_MAX), 'A free-text note on the question with this id')),
      'Optional notes per question id',
    ),
    {},
  );

/**
 * A saved set of answers: the published, strict form (see `schema/answers.schema.json`).
 * `null` is a blank answer, as written by the template.
 */
export const answersDocumentSchema = z.strictObject({
  ...envelope,
  /** One answer per question id; its shape follows the question type. */
  answers: described(
    z.record(
      questionIdSchema,
      described(
        z.nullable(answerValueSchema),
        'The answer to the question with this id, shaped by the question type (see guide[id].type); null when blank',
      ),
    ),
    'One answer per question id; null is blank',
  ),
  notes: notesOf(questionIdSchema),
});
export type AnswersDocument = z.output<typeof answersDocumentSchema>;
export type AnswersDocumentInput = z.input<typeof answersDocumentSchema>;

/**
 * The form used when loading a file: the envelope is checked strictly, but each answer is
 * kept as it is, so that `reconcileAnswers` can set aside what does not fit instead of
 * rejecting a whole file written against an older content version.
 */
export const looseAnswersDocumentSchema = z.strictObject({
  ...envelope,
  answers: z.record(answerKeySchema, z.unknown()),
  notes: notesOf(answerKeySchema),
});
/** An answers document whose answers have not yet been checked against the questions. */
export type LooseAnswersDocument = z.output<typeof looseAnswersDocumentSchema>;

/**
 * The document as the browser stores it (an assessment, a workshop response): every answer has
 * the shape of an answer, but keys are checked only for length, as when loading a file.
 */
export const storedDocumentSchema = z.strictObject({
  ...envelope,
  answers: z.record(answerKeySchema, z.nullable(answerValueSchema)),
  notes: notesOf(answerKeySchema),
});
