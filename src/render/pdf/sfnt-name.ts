/**
 * Give an SFNT font (TTF/OTF) a new PostScript name. Every subset of Noto Sans (Latin, Latin
 * Extended, Greek...) is named "NotoSans-Regular", and the PDF writer under react-pdf (pdfkit)
 * keeps one embedded font per name: every run of text in a second subset then missed that cache
 * and embedded a fresh copy of the font, which made a plan for "Łódź" 3.7 MB with 1,500 font
 * copies. Renaming each further subset keeps one copy of each.
 */
import { readSfnt, tableChecksum, writeSfnt } from './sfnt.ts';

const NAME_TAG = 0x6e616d65; // 'name'
const NAME_RECORD = 12;
const POSTSCRIPT_NAME_ID = 6;

/** The name as a name-table string: UTF-16BE for Unicode and Windows records, one byte a character for Macintosh. */
function encodeName(name: string, platformId: number): Uint8Array {
  if (platformId === 1) return Uint8Array.from(name, (c) => c.charCodeAt(0) & 0x7f);
  const out = new Uint8Array(name.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < name.length; i += 1) view.setUint16(i * 2, name.charCodeAt(i));
  return out;
}

/** The `name` table with every PostScript-name record (name ID 6) set to `name`; other strings are kept as they are. */
function renameTable(table: Uint8Array, name: string): Uint8Array {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const format = view.getUint16(0);
  const count = view.getUint16(2);
  const storage = view.getUint16(4);
  // Format 1 adds language-tag records after the name records; their strings move with the rest.
  const langTags = format === 1 ? view.getUint16(6 + count * NAME_RECORD) : 0;
  const headerSize = 6 + count * NAME_RECORD + (format === 1 ? 2 + langTags * 4 : 0);
  const strings: Uint8Array[] = [];
  let storageSize = 0;
  const place = (bytes: Uint8Array): number => {
    strings.push(bytes);
    storageSize += bytes.length;
    return storageSize - bytes.length;
  };
  const out = new Uint8Array(headerSize);
  const outView = new DataView(out.buffer);
  out.set(table.subarray(0, headerSize));
  outView.setUint16(4, headerSize);
  const stringAt = (offset: number, length: number): Uint8Array =>
    table.subarray(storage + offset, storage + offset + length);
  for (let i = 0; i < count; i += 1) {
    const at = 6 + i * NAME_RECORD;
    const platformId = view.getUint16(at);
    const nameId = view.getUint16(at + 6);
    const original = stringAt(view.getUint16(at + 10), view.getUint16(at + 8));
    const bytes = nameId === POSTSCRIPT_NAME_ID ? encodeName(name, platformId) : original;
    outView.setUint16(at + 8, bytes.length);
    outView.setUint16(at + 10, place(bytes));
  }
  for (let i = 0; i < langTags; i += 1) {
    const at = 6 + count * NAME_RECORD + 2 + i * 4;
    const bytes = stringAt(view.getUint16(at + 2), view.getUint16(at));
    outView.setUint16(at + 2, place(bytes));
  }
  const result = new Uint8Array(headerSize + storageSize);
  result.set(out);
  let offset = headerSize;
  for (const s of strings) {
    result.set(s, offset);
    offset += s.length;
  }
  return result;
}

/**
 * A copy of the SFNT font with its PostScript name set to `name` (ASCII letters, digits and
 * hyphens). The name table's checksum is recomputed; the whole-file `head.checkSumAdjustment` is
 * left as it was, which fontkit and pdfkit do not check.
 */
export function setPostscriptName(sfnt: Uint8Array, name: string): Uint8Array {
  if (!/^[A-Za-z0-9-]{1,63}$/.test(name)) throw new Error(`Not a PostScript font name: "${name}"`);
  const { flavor, tables } = readSfnt(sfnt);
  if (!tables.some((t) => t.tag === NAME_TAG)) throw new Error('The font has no name table');
  return writeSfnt(
    flavor,
    tables.map((t) => {
      if (t.tag !== NAME_TAG) return t;
      const data = renameTable(t.data, name);
      return { tag: t.tag, checksum: tableChecksum(data), data };
    }),
  );
}
