/**
 * Give an SFNT font (TTF/OTF) a new PostScript name. Every subset of Noto Sans (Latin, Latin
 * Extended, Greek...) is named "NotoSans-Regular", and the PDF writer under react-pdf (pdfkit)
 * keeps one embedded font per name: every run of text in a second subset then missed that cache
 * and embedded a fresh copy of the font, which made a plan for "Łódź" 3.7 MB with 1,500 font
 * copies. Renaming each further subset keeps one copy of each.
 */

const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;
const NAME_TAG = 0x6e616d65; // 'name'
const NAME_RECORD = 12;
const POSTSCRIPT_NAME_ID = 6;

interface Table {
  readonly tag: number;
  readonly checksum: number;
  readonly data: Uint8Array;
}

function readTables(sfnt: Uint8Array): { flavor: number; tables: Table[] } {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const numTables = view.getUint16(4);
  const tables: Table[] = [];
  for (let i = 0; i < numTables; i += 1) {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > sfnt.length) throw new Error(`Font table ${i} runs past the end of the file`);
    tables.push({
      tag: view.getUint32(at),
      checksum: view.getUint32(at + 4),
      data: sfnt.subarray(offset, offset + length),
    });
  }
  return { flavor: view.getUint32(0), tables };
}

/** The SFNT table checksum: the sum of the table's big-endian 32-bit words, zero-padded. */
function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** Write the tables back as one SFNT file, each at a 4-byte boundary, in the order given. */
export function writeSfnt(flavor: number, tables: readonly Table[]): Uint8Array {
  const padded = (n: number): number => (n + 3) & ~3;
  const numTables = tables.length;
  const size = SFNT_HEADER + numTables * SFNT_ENTRY + tables.reduce((sum, t) => sum + padded(t.data.length), 0);
  const out = new Uint8Array(size);
  const sfnt = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  sfnt.setUint32(0, flavor);
  sfnt.setUint16(4, numTables);
  sfnt.setUint16(6, searchRange);
  sfnt.setUint16(8, entrySelector);
  sfnt.setUint16(10, numTables * 16 - searchRange);
  let offset = SFNT_HEADER + numTables * SFNT_ENTRY;
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    sfnt.setUint32(at, t.tag);
    sfnt.setUint32(at + 4, t.checksum);
    sfnt.setUint32(at + 8, offset);
    sfnt.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += padded(t.data.length);
  });
  return out;
}

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

/** A copy of the SFNT font with its PostScript name set to `name` (ASCII letters, digits and hyphens). */
export function setPostscriptName(sfnt: Uint8Array, name: string): Uint8Array {
  if (!/^[A-Za-z0-9-]{1,63}$/.test(name)) throw new Error(`Not a PostScript font name: "${name}"`);
  const { flavor, tables } = readTables(sfnt);
  if (!tables.some((t) => t.tag === NAME_TAG)) throw new Error('The font has no name table');
  return writeSfnt(
    flavor,
    tables.map((t) => {
      if (t.tag !== NAME_TAG) return t;
      const data = renameTable(t.data, name);
      return { tag: t.tag, checksum: checksum(data), data };
    }),
  );
}
