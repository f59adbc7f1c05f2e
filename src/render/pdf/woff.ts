/**
 * WOFF 1.0 to plain SFNT (TTF/OTF). fontkit reads WOFF, but inflates the whole `glyf` table again
 * for every glyph it touches, which made a render several times slower. Converting once, when the
 * font is first loaded, removes that cost. Uses DecompressionStream, present in Node 22 and browsers.
 */
import { writeSfnt, type SfntTable } from './sfnt.ts';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;

/** Whether the bytes are a WOFF 1.0 file. */
export function isWoff(bytes: Uint8Array): boolean {
  return (
    bytes.length >= WOFF_HEADER &&
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === WOFF_SIGNATURE
  );
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Convert a WOFF 1.0 font to the SFNT font it wraps. */
export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: SfntTable[] = [];
  for (let i = 0; i < numTables; i += 1) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? await inflate(raw) : raw;
    if (data.length !== origLength)
      throw new Error(`WOFF table ${i} inflated to ${data.length} bytes, expected ${origLength}`);
    tables.push({ tag: view.getUint32(at), checksum: view.getUint32(at + 16), data });
  }
  return writeSfnt(flavor, tables);
}
