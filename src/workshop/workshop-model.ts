// The workshop the facilitator keeps in the browser: who takes part, the responses gathered and
// the consensus agreed. Every function here is pure and returns a new workshop.
import * as z from 'zod/mini';
import type { AnswerValue } from '../schema/answer-value.ts';
import { ANSWER_KEY_MAX, META_TEXT_MAX, NOTE_MAX } from '../schema/answers-limits.ts';
import {
  answerValueSchema,
  boundedText,
  isoDateSchema,
  storedDocumentSchema,
  type AnswersDocument,
} from '../schema/answers.ts';
import { FORBIDDEN_KEYS, hostileStructure } from './safe-structure.ts';

/** The version of the stored workshop format. Raise it only with a migration. */
export const WORKSHOP_STORAGE_VERSION = 1;
/** More responses than any workshop room holds; a cap keeps a hostile workshop from filling storage. */
export const MAX_RESPONSES = 500;
const MAX_PARTICIPANTS = 500;
/** A stored workshop nests about 7 levels (responses → document → answers → list). */
const MAX_WORKSHOP_DEPTH = 32;

/** One expected participant, entered by the facilitator at set-up. */
export interface Participant {
  name: string;
  role: string;
}

/** One participant's answers as gathered by the facilitator. */
export interface WorkshopResponse {
  /** Who answered; two responses match when their trimmed names match ignoring case. */
  respondent: string;
  /** The respondent's role; the team view groups answers by it. */
  role: string;
  document: AnswersDocument;
  /** ISO timestamp of the import. */
  importedAt: string;
}

/** The facilitator's decision on one question: an override of the default and/or a discussion note. */
export interface ConsensusEntry {
  /** The agreed answer, overriding the default; null means agreed to leave it unanswered. Absent: keep the default. */
  value?: AnswerValue | null;
  /** What the team said about it. */
  note?: string;
  /** The facilitator confirmed the default answer as agreed (an override is agreed by itself). */
  confirmed?: boolean;
}

/** One workshop as the facilitator keeps it in the browser. */
export interface Workshop {
  storageVersion: typeof WORKSHOP_STORAGE_VERSION;
  /** Random id, also usable as a storage key suffix. */
  id: string;
  /** The client's name. */
  client: string;
  /** The workshop date, YYYY-MM-DD. */
  date: string;
  participants: Participant[];
  responses: WorkshopResponse[];
  /** Decisions by question id. */
  consensus: Record<string, ConsensusEntry>;
  /** Last time's answers, loaded for the drift view. */
  previous?: { label: string; document: AnswersDocument };
}

/** The stored workshop, checked with zod/mini; `parseWorkshop` is the way to use it. */
export const workshopSchema = z.strictObject({
  storageVersion: z.literal(WORKSHOP_STORAGE_VERSION),
  id: z.string().check(z.regex(/^[a-z0-9-]{6,40}$/)),
  client: boundedText(META_TEXT_MAX),
  date: isoDateSchema,
  participants: z
    .array(z.strictObject({ name: boundedText(META_TEXT_MAX), role: boundedText(META_TEXT_MAX) }))
    .check(z.maxLength(MAX_PARTICIPANTS)),
  responses: z
    .array(
      z.strictObject({
        respondent: boundedText(META_TEXT_MAX),
        role: boundedText(META_TEXT_MAX),
        document: storedDocumentSchema,
        importedAt: boundedText(40),
      }),
    )
    .check(z.maxLength(MAX_RESPONSES)),
  consensus: z.record(
    boundedText(ANSWER_KEY_MAX),
    z.strictObject({
      value: z.optional(z.nullable(answerValueSchema)),
      note: z.optional(boundedText(NOTE_MAX)),
      confirmed: z.optional(z.boolean()),
    }),
  ),
  previous: z.optional(z.strictObject({ label: boundedText(META_TEXT_MAX), document: storedDocumentSchema })),
});

/**
 * Check a stored workshop (e.g. parsed from browser storage). Never throws. Prototype-polluting
 * keys and absurd nesting are refused before the schema runs; the reason names the bad field.
 */
export function parseWorkshop(value: unknown): { ok: true; workshop: Workshop } | { ok: false; reason: string } {
  try {
    const structural = hostileStructure(value, MAX_WORKSHOP_DEPTH);
    if (structural !== null) return { ok: false, reason: `${structural.path}: ${structural.message}` };
    const parsed = z.safeParse(workshopSchema, value);
    if (parsed.success) return { ok: true, workshop: parsed.data as Workshop };
    const issue = parsed.error.issues[0];
    const path = issue === undefined || issue.path.length === 0 ? 'the workshop' : issue.path.map(String).join('.');
    const more = parsed.error.issues.length - 1;
    return {
      ok: false,
      reason: `${path} is not valid (${issue?.message ?? 'invalid'})${more > 0 ? ` and ${more} more problem${more === 1 ? '' : 's'}` : ''}`,
    };
  } catch (error) {
    return {
      ok: false,
      reason: `the workshop cannot be read (${error instanceof Error ? error.message : 'unknown error'})`,
    };
  }
}

/** A new, empty workshop. */
export function createWorkshop(
  setup: { client: string; date: string; participants: Participant[] },
  id: string = globalThis.crypto.randomUUID().slice(0, 18),
): Workshop {
  return {
    storageVersion: WORKSHOP_STORAGE_VERSION,
    id,
    client: setup.client.trim(),
    date: setup.date,
    participants: setup.participants.map((p) => ({ name: p.name.trim(), role: p.role.trim() })),
    responses: [],
    consensus: {},
  };
}

/** A response from an imported document: the respondent and role come from its meta. */
export function responseFromDocument(document: AnswersDocument, importedAt: Date): WorkshopResponse {
  return {
    respondent: document.meta.respondent.trim(),
    role: document.meta.role.trim(),
    document,
    importedAt: importedAt.toISOString(),
  };
}

/** How respondents are matched: trimmed, ignoring case. A blank name matches no one. */
export function respondentKey(name: string): string {
  return name.trim().toLowerCase();
}

function findSame(responses: readonly WorkshopResponse[], respondent: string): number {
  const key = respondentKey(respondent);
  return key === '' ? -1 : responses.findIndex((r) => respondentKey(r.respondent) === key);
}

/**
 * Add a response. A response from the same respondent is not replaced silently: it comes back
 * as a conflict for the facilitator to confirm, then `replaceResponse` applies it. Unnamed
 * responses never conflict, since nothing says they are the same person.
 */
export function addResponse(
  workshop: Workshop,
  response: WorkshopResponse,
): { workshop: Workshop } | { conflict: { existing: WorkshopResponse; incoming: WorkshopResponse } } {
  const existing = workshop.responses[findSame(workshop.responses, response.respondent)];
  if (existing !== undefined) return { conflict: { existing, incoming: response } };
  return { workshop: { ...workshop, responses: [...workshop.responses, response] } };
}

/** Put a response in place of the same respondent's earlier one (keeping its position), or add it. */
export function replaceResponse(workshop: Workshop, response: WorkshopResponse): Workshop {
  const index = findSame(workshop.responses, response.respondent);
  if (index === -1) return { ...workshop, responses: [...workshop.responses, response] };
  return { ...workshop, responses: workshop.responses.map((r, i) => (i === index ? response : r)) };
}

/** Remove one response by its position in `responses`. */
export function removeResponse(workshop: Workshop, index: number): Workshop {
  return { ...workshop, responses: workshop.responses.filter((_, i) => i !== index) };
}

/** Record the facilitator's decision on a question; `null` clears it back to the default. */
export function setConsensus(workshop: Workshop, questionId: string, entry: ConsensusEntry | null): Workshop {
  // Assigning under "__proto__" would change the record's prototype; no question has such an id.
  if (FORBIDDEN_KEYS.has(questionId)) return workshop;
  const consensus = Object.fromEntries(Object.entries(workshop.consensus).filter(([id]) => id !== questionId));
  if (entry !== null) consensus[questionId] = entry;
  return { ...workshop, consensus };
}
