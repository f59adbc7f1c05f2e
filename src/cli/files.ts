import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { decodeAnswerBytes } from '../engine/answers/decode-bytes.ts';
import { MAX_DOCUMENT_CHARS } from '../engine/answers/parse.ts';
import { CliFailure, EXIT } from './exit-codes.ts';

/** A file-system error in words, without the stack or errno noise. */
function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return error instanceof Error ? error.message : 'cannot be accessed';
  }
}

/**
 * Read a text file, refusing one too large to be an answers document before reading it. The bytes
 * are decoded as the site decodes a dropped file: UTF-8, or UTF-16 with a byte-order mark.
 */
export function readTextFile(path: string): string {
  let bytes: Uint8Array;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new CliFailure(`${path}: is a directory, not a file`, EXIT.badFile);
    // Bytes bound characters from above for UTF-8, so this never refuses a valid file.
    if (stats.size > MAX_DOCUMENT_CHARS * 4)
      throw new CliFailure(
        `${path}: the file is too large (${stats.size} bytes) to be an answers document`,
        EXIT.badFile,
      );
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(`${path}: cannot be read: ${describeFsError(error)}`, EXIT.badFile);
  }
  const decoded = decodeAnswerBytes(bytes);
  if (!decoded.ok) throw new CliFailure(`${path}: ${decoded.message}`, EXIT.badFile);
  return decoded.text;
}

/** Write a file, turning failures into one clear message. */
export function writeOutputFile(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw new CliFailure(`${path}: cannot be written: ${describeFsError(error)}`, EXIT.badFile);
  }
}
