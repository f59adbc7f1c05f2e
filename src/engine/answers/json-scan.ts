// A strict JSON check run before `JSON.parse`, for two things `JSON.parse` does not give:
// - the same message in every JavaScript engine. `JSON.parse`'s messages differ between Node and each
//   browser ("Unexpected token", "JSON.parse: expected ',' or '}'"...), so the command line and the
//   site would word one broken file differently. Here a syntax error is named by line and column;
// - duplicate keys. `JSON.parse` keeps the last of two equal keys without a word, so a file that
//   answers a question twice would be read as whichever answer came last.
// It walks the text once with an explicit stack (no recursion), so deep nesting cannot overflow it.

/** Where a problem is: a readable path such as `answers["method.goal"]`, and what it is. */
export interface JsonScanProblem {
  readonly path: string;
  readonly message: string;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const DIGIT = /[0-9]/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** One open object or array, with the keys seen so far (objects) or the next index (arrays). */
interface Frame {
  readonly kind: 'object' | 'array';
  readonly keys: Set<string>;
  index: number;
  /** The key or index under which this container sits in its parent. */
  readonly at: string | number | null;
}

/** `answers["method.goal"]`, `meta.date`, `[2]`: the same style as the answers parser's paths. */
function pathOf(frames: readonly Frame[], last: string | number | null): string {
  const keys = [...frames.slice(1).map((f) => f.at), ...(last === null ? [] : [last])].filter(
    (k): k is string | number => k !== null,
  );
  if (keys.length === 0) return '(document)';
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out.length > 80 ? `${out.slice(0, 77)}...` : out;
}

/** The character at `i` as the message shows it. */
function shown(text: string, i: number): string {
  const char = text[i];
  if (char === undefined) return 'the end of the file';
  const code = char.charCodeAt(0);
  if (code < 0x20) return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return `"${char}"`;
}

/**
 * Check that `text` is exactly one JSON value with no key repeated in any object. Returns null
 * when it is, else the first problem: a syntax error with its line and column, or the path of
 * the repeated key. Never throws.
 */
export function scanJson(text: string): JsonScanProblem | null {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const where = (at: number): string => `line ${line}, column ${at - lineStart + 1}`;
  const syntax = (message: string): JsonScanProblem => ({
    path: '(file)',
    message: `not valid JSON: ${message}`,
  });
  const unexpected = (expected: string): JsonScanProblem =>
    i >= text.length
      ? syntax(`the text ends before the JSON is complete (expected ${expected}); the file may have been cut off`)
      : syntax(`expected ${expected} at ${where(i)}, found ${shown(text, i)}`);
  const skipSpace = (): void => {
    while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 0x0a) {
        line += 1;
        lineStart = i + 1;
      }
      i += 1;
    }
  };
  /** Reads a string starting at the quote; returns its value, or a problem. */
  const readString = (): string | JsonScanProblem => {
    const start = i;
    i += 1;
    let simple = true;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i += 1;
        const raw = text.slice(start, i);
        return simple ? raw.slice(1, -1) : (JSON.parse(raw) as string);
      }
      if (code < 0x20) return syntax(`${shown(text, i)} inside a text value at ${where(i)}; it must be escaped`);
      if (code === 0x5c) {
        simple = false;
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return syntax(`a broken \\u escape at ${where(i)}; it needs four hexadecimal digits`);
          i += 6;
          continue;
        }
        if (next === undefined || !ESCAPES.has(next))
          return syntax(`an unknown escape "\\${next ?? ''}" at ${where(i)}`);
        i += 2;
        continue;
      }
      i += 1;
    }
    return syntax(`a text value opened at ${where(start)} is never closed; the file may have been cut off`);
  };

  const frames: Frame[] = [];
  /** After a value inside a container: a comma or the closing bracket. */
  let afterValue = false;
  skipSpace();
  if (i >= text.length) return syntax('the file is empty');
  for (;;) {
    skipSpace();
    const frame = frames.at(-1);
    if (afterValue) {
      if (frame === undefined) {
        if (i < text.length) return syntax(`more text after the JSON value ends, at ${where(i)}`);
        return null;
      }
      const char = text[i];
      if (char === ',') {
        i += 1;
        afterValue = false;
        skipSpace();
        if (frame.kind === 'array') continue;
      } else if ((char === '}' && frame.kind === 'object') || (char === ']' && frame.kind === 'array')) {
        i += 1;
        frames.pop();
        continue;
      } else {
        return unexpected(frame.kind === 'object' ? '"," or "}"' : '"," or "]"');
      }
    }
    // A key, when inside an object and not after a value.
    let key: string | number | null = null;
    if (frame?.kind === 'object') {
      if (text[i] !== '"') return unexpected('a key in double quotes');
      const read = readString();
      if (typeof read !== 'string') return read;
      if (frame.keys.has(read)) {
        return {
          path: pathOf(frames, read),
          message: 'this key is written twice, so it is unclear which value is meant; keep one of them',
        };
      }
      frame.keys.add(read);
      key = read;
      skipSpace();
      if (text[i] !== ':') return unexpected('":" after the key');
      i += 1;
      skipSpace();
    } else if (frame?.kind === 'array') {
      key = frame.index;
      frame.index += 1;
    }
    // A value.
    const char = text[i];
    if (char === '{' || char === '[') {
      i += 1;
      frames.push({ kind: char === '{' ? 'object' : 'array', keys: new Set(), index: 0, at: key });
      skipSpace();
      const close = char === '{' ? '}' : ']';
      if (text[i] === close) {
        i += 1;
        frames.pop();
        afterValue = true;
      }
      continue;
    }
    if (char === '"') {
      const read = readString();
      if (typeof read !== 'string') return read;
    } else if (char === 't' || char === 'f' || char === 'n') {
      const word = char === 't' ? 'true' : char === 'f' ? 'false' : 'null';
      if (text.slice(i, i + word.length) !== word) return unexpected('a value');
      i += word.length;
    } else if (char === '-' || (char !== undefined && DIGIT.test(char))) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (match === null) return unexpected('a number');
      i += match[0].length;
      const after = text[i];
      if (after !== undefined && /[0-9.eE+-]/.test(after)) return unexpected('a number');
    } else {
      return unexpected(frame === undefined ? 'a JSON value' : 'a value');
    }
    afterValue = true;
  }
}
