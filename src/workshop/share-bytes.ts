// The byte layer of a share link: the platform's deflate-raw, base64url, and a checksum. Nothing
// here knows about answers. Deflate-raw carries no checksum of its own, so a link with a changed
// character could otherwise decompress into different answers without any error.

/** Characters allowed in the data part of a share link (base64url without padding). */
export const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Bytes as base64url without padding, the alphabet that needs no escaping in a URL fragment. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunked, because String.fromCharCode(...bytes) overflows the argument limit on large inputs.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes from base64url text, or null when the text cannot be base64url (e.g. a cut-off length). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/**
 * FNV-1a, 32 bits. Not a defence against someone crafting a link (anyone can make a valid one,
 * and its answers are validated like a file's); it catches characters changed by accident.
 */
export function checksum(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** Compress with the platform's deflate-raw (browsers and Node 22 both have CompressionStream). */
export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Decompressed bytes, or why there are none. */
export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array<ArrayBuffer> }
  | { readonly ok: false; readonly reason: 'too-large' | 'corrupt' };

/**
 * Decompress deflate-raw, stopping as soon as the output passes `maxBytes`, so a small link
 * that expands to gigabytes (a decompression bomb) costs no more than `maxBytes` of memory.
 */
export async function inflateRaw(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<InflateResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      total += chunk.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(chunk.value);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes: out };
}
