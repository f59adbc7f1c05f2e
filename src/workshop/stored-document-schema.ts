// The answers document as the workshop keeps it in the browser, in zod/mini so the workshop page
// does not ship classic zod. It mirrors the published answers schema (`schema/answers.ts`) and
// the assessment store's copy; a test checks that documents accepted here are accepted there.
import * as z from 'zod/mini';
import { isCalendarDate } from '../schema/calendar-date.ts';

/** Text of at most `max` characters. */
export const boundedText = (max: number) => z.string().check(z.maxLength(max));

/** A date written YYYY-MM-DD that exists in the calendar. */
export const calendarDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isCalendarDate, 'must be a real calendar date'));

/** One answer, or null for a blank one: the same shapes as the published answer-value schema. */
export const storedAnswerValueSchema = z.nullable(
  z.union([
    boundedText(20_000),
    z.array(boundedText(200)).check(z.maxLength(100)),
    z.number().check(z.refine(Number.isFinite, 'must be a finite number')),
    z.strictObject({ dontKnow: z.literal(true) }),
  ]),
);

/** A whole answers document as stored. */
export const storedDocumentSchema = z.strictObject({
  $schema: z.optional(boundedText(500)),
  schemaVersion: z.literal(1),
  contentVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  meta: z.strictObject({
    organisation: boundedText(200),
    respondent: boundedText(200),
    role: boundedText(200),
    date: calendarDateSchema,
  }),
  guide: z.optional(z.record(boundedText(200), z.unknown())),
  answers: z.record(boundedText(200), storedAnswerValueSchema),
  notes: z.record(boundedText(200), boundedText(20_000)),
});
