// Browser storage format. Validated with zod/mini, not classic zod, so the questionnaire's first
// load stays small: classic zod schemas carry their whole runtime with them.
import * as z from 'zod/mini';
import { boundedText, storedDocumentSchema, type AnswersDocument } from '../schema/answers.ts';

/** The version of the browser storage format. Raise it only with a migration. */
export const STORAGE_VERSION = 1;
export const KEY_PREFIX = 'segment-playbook:v1:';
export const INDEX_KEY = `${KEY_PREFIX}index`;
export const assessmentKey = (id: string): string => `${KEY_PREFIX}assessment:${id}`;
export const SET_ASIDE_PREFIX = `${KEY_PREFIX}set-aside:`;

/** One saved assessment: the answers document plus where the respondent was in the form. */
export interface AssessmentRecord {
  readonly storageVersion: typeof STORAGE_VERSION;
  /** Random id; also the storage key suffix. */
  readonly id: string;
  /** The name shown in the list of assessments, e.g. the client's name. */
  readonly name: string;
  /** The step (section index, 0 first) the respondent was on. */
  readonly step: number;
  /** ISO timestamp of the last change. */
  readonly updatedAt: string;
  readonly document: AnswersDocument;
}

export const assessmentRecordSchema = z.strictObject({
  storageVersion: z.literal(STORAGE_VERSION),
  id: z.string().check(z.regex(/^[a-z0-9-]{6,40}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  step: z.number().check(z.int(), z.gte(0), z.lte(50)),
  updatedAt: boundedText(40),
  document: storedDocumentSchema,
});

/** The list of assessments and which one is open. */
export const assessmentIndexSchema = z.strictObject({
  storageVersion: z.literal(STORAGE_VERSION),
  currentId: z.nullable(z.string()),
  assessments: z
    .array(z.strictObject({ id: z.string(), name: z.string(), updatedAt: z.string() }))
    .check(z.maxLength(500)),
});
export type AssessmentIndex = z.output<typeof assessmentIndexSchema>;

/** A saved entry that could not be read: kept under another key, and reported to the user. */
export interface SetAsideEntry {
  /** The key it was moved to, so nothing is lost. */
  readonly key: string;
  /** The key it was found under. */
  readonly from: string;
  /** What is wrong with it, in plain words. */
  readonly reason: string;
}

/** Check a stored record; the result is typed as the record the rest of the code uses. */
export function parseAssessmentRecord(
  value: unknown,
): { ok: true; record: AssessmentRecord } | { ok: false; reason: string } {
  const parsed = z.safeParse(assessmentRecordSchema, value);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  return { ok: true, record: parsed.data };
}

/** Summarise validation issues as "field: problem" pairs for a message to the user. */
export function describeIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? i.path.map(String).join('.') : 'the entry'}: ${i.message}`)
    .join('; ');
}
