// The bytes of an answers file as text, decided the same way by the command line and the site.
// UTF-8 is the format. A byte-order mark says which encoding a file is in, so UTF-16 with a mark
// (as Windows Notepad and PowerShell save "Unicode" text) is read too; without one, a file of
// NUL bytes or bytes that are not UTF-8 is refused as binary, with one message everywhere.

/** A file's bytes decoded, or why they cannot be: the message names no file, callers add it. */
export type DecodedText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

export const NOT_TEXT_MESSAGE =
  'the file looks binary or is not UTF-8 text (UTF-16 is read only when the file starts with a byte-order mark); expected an answers document in JSON';

const decode = (encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null => {
  try {
    // `ignoreBOM: false` (the default) drops the mark itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** Decode an answers file's bytes: UTF-8 (with or without a mark), or UTF-16 with a mark. Never throws. */
export function decodeAnswerBytes(bytes: Uint8Array): DecodedText {
  const [a, b] = bytes;
  const encoding = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  const text = decode(encoding, bytes);
  if (text === null || (encoding === 'utf-8' && text.includes('\u0000')))
    return { ok: false, message: NOT_TEXT_MESSAGE };
  return { ok: true, text };
}
