/**
 * Make answer text safe inside Markdown: characters that would start formatting, links or
 * HTML are escaped, and line breaks become spaces so a note cannot break a list or a table.
 */
export function inline(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
    .trim();
}

/** A Markdown table from a header row and body rows; every cell is escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(inline).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A bulleted list; empty input gives the fallback line. */
export function bullets(items: readonly string[], fallback = '_None._'): string {
  return items.length === 0 ? fallback : items.map((i) => `- ${i}`).join('\n');
}
