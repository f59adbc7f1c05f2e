import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { scanJson } from './json-scan.ts';
import { ANSWERS_SCHEMA_VERSION, looseAnswersDocumentSchema, type LooseAnswersDocument } from '../../schema/answers.ts';

/** One thing wrong with a document: where (a readable path such as `meta.date`) and what was expected. */
export interface DocumentProblem {
  readonly path: string;
  readonly message: string;
}

export type AnswersParseResult =
  | { readonly ok: true; readonly document: LooseAnswersDocument }
  | { readonly ok: false; readonly problems: readonly DocumentProblem[] };

/** Larger files are refused before parsing; a full questionnaire with long notes stays far below this. */
export const MAX_DOCUMENT_CHARS = 5_000_000;
/** An answers document is at most 4 levels deep; anything far deeper is hostile or broken. */
export const MAX_DOCUMENT_DEPTH = 32;
/** Keys that could reach an object's prototype if some later code copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (path: string, message: string): AnswersParseResult => ({ ok: false, problems: [{ path, message }] });

/**
 * zod/mini leaves its messages to the caller ("Invalid input" otherwise); these are the English
 * ones, e.g. "Invalid input: expected string, received number", that a person fixing a file needs.
 */
const englishMessages = en().localeError;

/**
 * Parse the text of an answers file. Never throws: every failure, including text that is not
 * JSON, is returned as problems with a path and a message.
 */
export function parseAnswersJson(text: string): AnswersParseResult {
  if (text.trim() === '') return fail('(file)', 'the file is empty; expected an answers document in JSON');
  if (text.length > MAX_DOCUMENT_CHARS) {
    return fail(
      '(file)',
      `the file is too large (${text.length} characters); an answers document is at most ${MAX_DOCUMENT_CHARS}`,
    );
  }
  if (text.includes('\u0000')) return fail('(file)', 'the file looks binary; expected an answers document in JSON');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The scan words a syntax error the same in every engine and refuses a key written twice.
  const scanned = scanJson(body);
  if (scanned !== null) return fail(scanned.path, scanned.message);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return fail('(file)', `not valid JSON: ${error instanceof Error ? error.message : 'parse error'}`);
  }
  return parseAnswersDocument(value);
}

/**
 * Check a parsed JSON value as an answers document. Never throws. Rejects prototype-polluting
 * keys and absurd nesting before schema validation, so hostile input cannot reach any object
 * the application keeps.
 */
export function parseAnswersDocument(value: unknown): AnswersParseResult {
  try {
    const structural = scanStructure(value);
    if (structural !== null) return { ok: false, problems: [structural] };
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(
        '(document)',
        `expected a JSON object (an answers document), got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
      );
    }
    const version = (value as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version === 'number' && version > ANSWERS_SCHEMA_VERSION) {
      return fail(
        'schemaVersion',
        `schema version ${version} is newer than this version of Segment Playbook reads (${ANSWERS_SCHEMA_VERSION}); update Segment Playbook`,
      );
    }
    const parsed = z.safeParse(looseAnswersDocumentSchema, value, { error: englishMessages });
    if (parsed.success) return { ok: true, document: parsed.data };
    return { ok: false, problems: parsed.error.issues.map(issueProblem) };
  } catch (error) {
    return fail('(document)', `cannot be read: ${error instanceof Error ? error.message : 'unknown error'}`);
  }
}

/** Walks the value without recursion (so depth cannot overflow the stack), looking for forbidden keys and depth. */
function scanStructure(root: unknown): DocumentProblem | null {
  const stack: { node: unknown; path: readonly PropertyKey[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: readonly PropertyKey[] };
    if (typeof node !== 'object' || node === null) continue;
    if (path.length >= MAX_DOCUMENT_DEPTH) {
      return {
        path: formatPath(path),
        message: `nested more than ${MAX_DOCUMENT_DEPTH} levels deep; an answers document is only a few levels deep`,
      };
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key))
        return { path: formatPath([...path, key]), message: `the key "${key}" is not allowed in an answers document` };
      stack.push({ node: (node as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

/** `meta.date`, `answers["readiness.objective"]`, `answers["x"][2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(document)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function issueProblem(issue: z.core.$ZodIssue): DocumentProblem {
  if (issue.code === 'unrecognized_keys') {
    return {
      path: formatPath(issue.path),
      message: `unexpected field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
    };
  }
  if (issue.code === 'invalid_value' && issue.path.length === 1 && issue.path[0] === 'schemaVersion') {
    return { path: 'schemaVersion', message: `expected ${ANSWERS_SCHEMA_VERSION}` };
  }
  return { path: formatPath(issue.path), message: issue.message };
}
