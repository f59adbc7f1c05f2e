// A facilitator's logo, checked before it is kept: only PNG and JPEG, by their bytes (never by the
// file name), small enough to keep in the browser and embed in the PDF. An SVG is refused, and one
// with script in it is named as such: an SVG is a document that can run code, not a picture.

/** The largest logo kept, in bytes: a logo on a cover is small, and browser storage is limited. */
export const MAX_LOGO_BYTES = 200_000;
/** The largest side, in pixels, of a PNG logo (JPEG sizes are bounded by the byte limit). */
export const MAX_LOGO_SIDE = 4000;

export type LogoCheck =
  | { readonly ok: true; readonly dataUrl: string; readonly type: 'image/png' | 'image/jpeg' }
  | { readonly ok: false; readonly message: string };

/** The file as the browser's `File` offers it (only what is read here, so tests need no DOM). */
export interface LogoFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);
const shown = (name: string): string => (name.length > 60 ? `${name.slice(0, 57)}...` : name);

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Check a chosen logo file. Never throws; a refusal says what is wrong with which file. */
export async function checkLogo(file: LogoFile): Promise<LogoCheck> {
  const label = `The logo "${shown(file.name)}"`;
  const fail = (why: string): LogoCheck => ({ ok: false, message: `${label} was not used: ${why}` });
  if (file.size > MAX_LOGO_BYTES)
    return fail(
      `it is ${Math.ceil(file.size / 1000)} KB, and a logo can be at most ${MAX_LOGO_BYTES / 1000} KB. Save it smaller (a cover needs about 600 pixels wide).`,
    );
  if (file.size === 0) return fail('the file is empty.');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail('the file could not be read; it may have been moved or deleted.');
  }
  if (startsWith(bytes, PNG)) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const ihdr = bytes.length >= 24 && String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
    if (!ihdr) return fail('it starts like a PNG image but is damaged.');
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    if (width === 0 || height === 0) return fail('it starts like a PNG image but is damaged.');
    if (width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE)
      return fail(`it is ${width} × ${height} pixels; a logo can be at most ${MAX_LOGO_SIDE} pixels on a side.`);
    return { ok: true, type: 'image/png', dataUrl: `data:image/png;base64,${toBase64(bytes)}` };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9)
      return fail('it starts like a JPEG image but is cut off or damaged.');
    return { ok: true, type: 'image/jpeg', dataUrl: `data:image/jpeg;base64,${toBase64(bytes)}` };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 100_000)).toLowerCase();
  if (text.includes('<svg')) {
    return /<script|\son[a-z]+\s*=|javascript:/.test(text)
      ? fail('it is an SVG image with script in it, and a logo must never run code. Use a PNG or JPEG.')
      : fail('it is an SVG image, which can carry script, so only PNG and JPEG logos are accepted. Export it as PNG.');
  }
  return fail('it is not a PNG or JPEG image.');
}
