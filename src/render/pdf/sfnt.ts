/** Reading and writing the table directory of an SFNT font (TrueType or OpenType/CFF). */

const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

export interface SfntTable {
  readonly tag: number;
  readonly checksum: number;
  readonly data: Uint8Array;
}

/** The flavour (TrueType or CFF) and the tables of an SFNT font, in directory order. */
export function readSfnt(sfnt: Uint8Array): { flavor: number; tables: SfntTable[] } {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const numTables = view.getUint16(4);
  const tables: SfntTable[] = [];
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
export function tableChecksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** Write the tables back as one SFNT file, each at a 4-byte boundary, in the order given. */
export function writeSfnt(flavor: number, tables: readonly SfntTable[]): Uint8Array {
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
