// Share links carry a whole set of answers in the URL fragment, which browsers never send to a
// server. Fragment: `share=<format>.<base64url>`; the bytes after base64url decoding are
//   [checksum: 4 bytes][compressed length: 3 bytes][deflate-raw of the payload JSON]
// The checksum (of the JSON) catches changed characters, which deflate-raw alone would let
// through as different answers; the length tells a link cut off in copying from a damaged one.
import type { AnswersDocument } from '../schema/answers.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import type { SetAsideEntry } from '../schema/plan/index.ts';
import { nothingUsable } from '../engine/answers/nothing-usable.ts';
import { reconciledDocument } from './reconciled-document.ts';
import { hostileStructure } from './safe-structure.ts';
import { BASE64URL, checksum, deflateRaw, fromBase64Url, inflateRaw, toBase64Url } from './share-bytes.ts';
import { documentFromPayload, payloadFromDocument } from './share-payload.ts';

/** The share-link format this code writes and reads. Raise it for any change to the bytes or the payload. */
export const SHARE_FORMAT = 1;
const PREFIX = 'share=';
const HEADER_BYTES = 7;
/** A payload is far smaller than this; anything that expands further is refused (a decompression bomb). */
export const MAX_SHARE_JSON_BYTES = 1_000_000;
/** Longer text is refused before any decoding; browsers themselves cap URLs near 2 MB. */
export const MAX_SHARE_FRAGMENT_CHARS = 2_000_000;
/** Links longer than this may be cut by e-mail and chat apps; the UI can suggest the file instead. */
export const SHARE_URL_COMFORTABLE_CHARS = 2_000;
/** An answers document nests 3 levels; deeper payloads are hostile. */
const MAX_PAYLOAD_DEPTH = 32;

/** An opened share link: the answers that fit the current questions, and what was set aside. */
export type ShareDecodeResult =
  | {
      readonly ok: true;
      readonly document: AnswersDocument;
      /** Unknown question ids and misfit values, each with the reason; never dropped silently. */
      readonly setAside: SetAsideEntry[];
      /** Plain sentences about the link, e.g. it was made with another questionnaire version. */
      readonly notices: string[];
    }
  | { readonly ok: false; readonly message: string };

/** The plain sentences a refused link comes back with; each names the problem and what to do. */
export const SHARE_MESSAGES = {
  notALink: 'This is not a share link: a share link contains "#share=" followed by the answers.',
  incomplete: 'The share link is incomplete: it was probably cut off when it was copied.',
  damaged:
    'The share link is damaged: some of its characters were changed after it was made, so its answers cannot be trusted. Ask the sender to copy the link again.',
  badCharacters:
    'The share link is damaged: it contains characters that cannot be part of a share link. Ask the sender to copy the link again.',
  bomb: `The share link expands to more than ${MAX_SHARE_JSON_BYTES / 1_000_000} MB of data, far more than any set of answers, so it was not opened.`,
} as const;

const fail = (message: string): ShareDecodeResult => ({ ok: false, message });

/**
 * The URL fragment (without `#`) that carries these answers: `share=1.<base64url>`. Only the
 * organisation, respondent, role, date, content version, answers and notes travel; `$schema`,
 * `guide` and blank answers do not. Rejects (with a plain message) only when the answers expand to
 * more than 1 MB, which takes dozens of very long notes: a link that long would not open anyway.
 */
export async function encodeShareFragment(doc: AnswersDocument): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payloadFromDocument(doc)));
  if (json.byteLength > MAX_SHARE_JSON_BYTES) {
    throw new Error(
      'These answers are too long for a share link because of their notes; send the response file instead.',
    );
  }
  const compressed = await deflateRaw(json);
  const bytes = new Uint8Array(HEADER_BYTES + compressed.byteLength);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, checksum(json));
  view.setUint8(4, (compressed.byteLength >>> 16) & 0xff);
  view.setUint16(5, compressed.byteLength & 0xffff);
  bytes.set(compressed, HEADER_BYTES);
  return `${PREFIX}${SHARE_FORMAT}.${toBase64Url(bytes)}`;
}

/** The full link: `${origin}/share/#${fragment}`. A trailing slash on the origin is not doubled. */
export function shareUrl(origin: string, fragment: string): string {
  return `${origin.replace(/\/+$/, '')}/share/#${fragment}`;
}

/**
 * Open a share link. Accepts the fragment with or without `#`, or a whole pasted link, and
 * ignores whitespace a mail client may have wrapped into it. Never throws: every failure
 * (cut off, changed characters, unknown format, a decompression bomb, hostile JSON) comes back
 * as one plain sentence naming the problem. The answers are checked against the content like an
 * imported file's: unknown question ids and misfit values are set aside with their reasons.
 */
export async function decodeShareFragment(fragment: string, content: ContentBundle): Promise<ShareDecodeResult> {
  try {
    return await decode(fragment, content);
  } catch {
    return fail(SHARE_MESSAGES.damaged);
  }
}

async function decode(fragment: string, content: ContentBundle): Promise<ShareDecodeResult> {
  if (typeof fragment !== 'string') return fail(SHARE_MESSAGES.notALink);
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) {
    return fail(
      `The share link is too long (${fragment.length} characters); a share link is at most ${MAX_SHARE_FRAGMENT_CHARS}.`,
    );
  }
  const hash = fragment.indexOf('#');
  const text = (hash === -1 ? fragment : fragment.slice(hash + 1)).replace(/\s+/g, '');
  if (!text.startsWith(PREFIX)) return fail(SHARE_MESSAGES.notALink);
  const rest = text.slice(PREFIX.length);
  const dot = rest.indexOf('.');
  const version = dot === -1 ? rest : rest.slice(0, dot);
  if (dot === -1 && /^\d*$/.test(version)) return fail(SHARE_MESSAGES.incomplete);
  if (version !== String(SHARE_FORMAT)) return fail(versionMessage(version));
  const data = rest.slice(dot + 1);
  if (!BASE64URL.test(data)) return fail(SHARE_MESSAGES.badCharacters);
  const bytes = fromBase64Url(data);
  if (bytes === null || bytes.byteLength <= HEADER_BYTES) return fail(SHARE_MESSAGES.incomplete);
  const view = new DataView(bytes.buffer);
  const declared = (view.getUint8(4) << 16) | view.getUint16(5);
  const actual = bytes.byteLength - HEADER_BYTES;
  if (actual < declared) return fail(SHARE_MESSAGES.incomplete);
  if (actual > declared) return fail(SHARE_MESSAGES.damaged);
  const inflated = await inflateRaw(bytes.slice(HEADER_BYTES), MAX_SHARE_JSON_BYTES);
  if (!inflated.ok) return fail(inflated.reason === 'too-large' ? SHARE_MESSAGES.bomb : SHARE_MESSAGES.damaged);
  if (checksum(inflated.bytes) !== view.getUint32(0)) return fail(SHARE_MESSAGES.damaged);
  return answersFromJson(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes), content);
}

function versionMessage(version: string): string {
  if (/^\d+$/.test(version) && Number(version) > SHARE_FORMAT) {
    return `This share link was made by a newer version of Segment Playbook (link format ${version}; this version reads format ${SHARE_FORMAT}). Reload the page to update, or ask the sender for their response file.`;
  }
  return `This share link uses a format this version of Segment Playbook does not know ("${version.slice(0, 20)}"). Ask the sender for a new link or their response file.`;
}

function answersFromJson(json: string, content: ContentBundle): ShareDecodeResult {
  const invalid = (problem: string) => fail(`The share link does not hold a valid set of answers: ${problem}.`);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return invalid('its content is not valid JSON');
  }
  const structural = hostileStructure(value, MAX_PAYLOAD_DEPTH);
  // The path inside the payload (e.g. "[5].x") would mean nothing to the reader, so it is left out.
  if (structural !== null) return invalid(structural.message);
  const payload = documentFromPayload(value);
  if (!payload.ok) return invalid(payload.problem);
  const { document, setAside, notices } = reconciledDocument(content, payload.document);
  const nothing = nothingUsable(payload.document, Object.keys(document.answers).length, setAside);
  if (nothing !== null) return invalid(nothing.message);
  return { ok: true, document, setAside, notices };
}
