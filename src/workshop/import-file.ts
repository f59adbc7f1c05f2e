// Importing a response file. This module loads the answers schema and zod's English messages
// (through the engine's answers parser), so the UI should load it lazily, when a file is actually dropped.
import { MAX_DOCUMENT_CHARS, parseAnswersJson, type DocumentProblem } from '../engine/answers/parse.ts';
import { problemText } from '../engine/answers/plain-problem.ts';
import { decodeAnswerBytes } from '../engine/answers/decode-bytes.ts';
import { nothingUsable } from '../engine/answers/nothing-usable.ts';
import type { AnswersDocument } from '../schema/answers.ts';
import type { QuestionnaireContent } from '../schema/content-bundle.ts';
import type { SetAsideEntry } from '../schema/plan/index.ts';
import { reconciledDocument } from './reconciled-document.ts';

/** The largest response file read, in bytes: the same limit the answers parser applies to text. */
export const MAX_RESPONSE_FILE_BYTES = MAX_DOCUMENT_CHARS;
/** File names and paths are shown in messages; a hostile one is cut to this length. */
const SHOWN_MAX = 80;

const shorten = (text: string): string => (text.length > SHOWN_MAX ? `${text.slice(0, SHOWN_MAX - 3)}...` : text);

/** An imported response: its usable answers and what was set aside, or why it was refused. */
export type ImportResult =
  | {
      readonly ok: true;
      /** Only the answers and notes that fit the current questions, in question order. */
      readonly document: AnswersDocument;
      /** Unknown question ids and misfit values, each with its reason; listed, never dropped silently. */
      readonly setAside: SetAsideEntry[];
      /** Plain sentences about the import, e.g. a different questionnaire version. */
      readonly notices: string[];
    }
  | {
      readonly ok: false;
      /** Every problem found, with where it is in the file. */
      readonly problems: { path: string; message: string }[];
      /** One plain sentence naming the problem and the file. */
      readonly message: string;
    };

/** The file as the browser's `File` offers it (only what is read here, so tests need no DOM). */
export interface ResponseFile {
  readonly size: number;
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function fileLabel(name: string | undefined): string {
  if (name === undefined || name.trim() === '') return 'The response';
  return `The file "${shorten(name)}"`;
}

/** "1.2 MB", "340 KB": decimal units, as file managers show them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

function sentence(label: string, problem: DocumentProblem, more: number): string {
  const message = problemText(problem);
  const rest = more === 0 ? '' : ` (and ${more} more problem${more === 1 ? '' : 's'})`;
  return `${label} cannot be imported: ${message}${rest}.`;
}

/**
 * Import the text of a response file. Never throws. The envelope (versions, meta) must be right
 * or the whole file is refused with every problem listed; answers are then checked one by one,
 * and those that do not fit are set aside with their reasons while the rest are imported.
 * `fileName` only names the file in the message.
 */
export function importResponseText(text: string, content: QuestionnaireContent, fileName?: string): ImportResult {
  try {
    const parsed = parseAnswersJson(typeof text === 'string' ? text : '');
    if (!parsed.ok) {
      const problems = parsed.problems.map((p) => ({ path: p.path, message: p.message }));
      const first = problems[0] ?? { path: '(file)', message: 'it is not an answers document' };
      return { ok: false, problems, message: sentence(fileLabel(fileName), first, problems.length - 1) };
    }
    const { document, setAside, notices } = reconciledDocument(content, parsed.document);
    const nothing = nothingUsable(parsed.document, Object.keys(document.answers).length, setAside);
    if (nothing !== null) return { ok: false, problems: [nothing], message: sentence(fileLabel(fileName), nothing, 0) };
    return { ok: true, document, setAside, notices };
  } catch (error) {
    const problem = {
      path: '(file)',
      message: `it cannot be read (${error instanceof Error ? error.message : 'unknown error'})`,
    };
    return { ok: false, problems: [problem], message: sentence(fileLabel(fileName), problem, 0) };
  }
}

/**
 * Import a dropped or chosen file. The size is checked before reading, so a 20 MB file is refused
 * without loading it into memory. Never throws, even when the file cannot be read.
 */
export async function importResponseFile(file: ResponseFile, content: QuestionnaireContent): Promise<ImportResult> {
  const label = fileLabel(file.name);
  if (file.size > MAX_RESPONSE_FILE_BYTES) {
    const message = `${label} is ${formatSize(file.size)}, too large for a response file (at most ${formatSize(MAX_RESPONSE_FILE_BYTES)}), so it was not opened.`;
    return { ok: false, problems: [{ path: '(file)', message }], message };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    const message = `${label} could not be read; it may have been moved or deleted.`;
    return { ok: false, problems: [{ path: '(file)', message }], message };
  }
  // The bytes are decoded here, not by `File.text()`, so UTF-16 and binary files are decided as the command line decides them.
  const decoded = decodeAnswerBytes(bytes);
  if (!decoded.ok) {
    const problem = { path: '(file)', message: decoded.message };
    return { ok: false, problems: [problem], message: sentence(label, problem, 0) };
  }
  return importResponseText(decoded.text, content, file.name);
}

/**
 * What an accepted import leaves out, one line each, as every import shows it (the questionnaire's,
 * the workshop's files and links): the notices, then each answer or note set aside with its reason.
 */
export function importDetails(result: {
  readonly notices: readonly string[];
  readonly setAside: readonly SetAsideEntry[];
}): string[] {
  return [
    ...result.notices,
    ...result.setAside.map((s) => `Set aside ${s.part === 'note' ? 'the note on ' : ''}${shorten(s.key)}: ${s.reason}`),
  ];
}
