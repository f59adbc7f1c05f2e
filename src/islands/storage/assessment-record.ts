import { z } from 'zod';
import { answersDocumentSchema } from '../../schema/answers.ts';

/** The version of the browser storage format. Raise it only with a migration. */
export const STORAGE_VERSION = 1;
export const KEY_PREFIX = 'segment-playbook:v1:';
export const INDEX_KEY = `${KEY_PREFIX}index`;
export const assessmentKey = (id: string): string => `${KEY_PREFIX}assessment:${id}`;
export const SET_ASIDE_PREFIX = `${KEY_PREFIX}set-aside:`;

/** One saved assessment: the answers document plus where the respondent was in the form. */
export const assessmentRecordSchema = z
  .object({
    storageVersion: z.literal(STORAGE_VERSION),
    /** Random id; also the storage key suffix. */
    id: z.string().regex(/^[a-z0-9-]{6,40}$/),
    /** The name shown in the list of assessments, e.g. the client's name. */
    name: z.string().min(1).max(120),
    /** The step (section index, 0 first) the respondent was on. */
    step: z.number().int().min(0).max(50),
    /** ISO timestamp of the last change. */
    updatedAt: z.string().max(40),
    document: answersDocumentSchema,
  })
  .strict();
export type AssessmentRecord = z.output<typeof assessmentRecordSchema>;

/** The list of assessments and which one is open. */
export const assessmentIndexSchema = z
  .object({
    storageVersion: z.literal(STORAGE_VERSION),
    currentId: z.string().nullable(),
    assessments: z.array(z.object({ id: z.string(), name: z.string(), updatedAt: z.string() }).strict()).max(500),
  })
  .strict();
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

/** Summarise a zod error as "field: problem" pairs for a message to the user. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : 'the entry'}: ${i.message}`)
    .join('; ');
}
