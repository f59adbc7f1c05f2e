// The facilitator's brand (issue 20, 7): a logo is a PNG or JPEG by its bytes, small, never an
// SVG (named as such when it carries script); the brand is kept in the browser and replaces the
// built-in one only when set; a bad entry or a refused logo never replaces what is held.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrandStore, effectiveBrand } from '../../../src/storage/brand-store.ts';
import { MemoryStorage } from '../../../src/storage/browser-storage.ts';
import { checkLogo, MAX_LOGO_BYTES } from '../../../src/workshop/brand-logo.ts';

const BRAND_FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'brand');
const file = (name: string, bytes: Uint8Array) => ({
  name,
  size: bytes.byteLength,
  arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
});
const text = (s: string) => new TextEncoder().encode(s);
const png = new Uint8Array(readFileSync(join(BRAND_FIXTURES, 'logo.png')));
const BUILT = { name: 'Segment Playbook', accent: '#1f5f7a' };

describe('checkLogo', () => {
  it('accepts a PNG by its bytes, as a data URL', async () => {
    const checked = await checkLogo(file('logo.png', png));
    expect(checked).toMatchObject({ ok: true, type: 'image/png' });
    expect(checked.ok && checked.dataUrl.startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true);
  });

  it('accepts a whole JPEG and refuses a cut-off one', async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
    expect(await checkLogo(file('logo.jpg', jpeg))).toMatchObject({ ok: true, type: 'image/jpeg' });
    expect(await checkLogo(file('cut.jpg', jpeg.slice(0, 10)))).toMatchObject({ ok: false });
  });

  it.each([
    [
      'svg-script.png',
      text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      /an SVG image with script in it/,
    ],
    ['svg-onload.svg', text('<?xml version="1.0"?><svg onload="alert(1)"></svg>'), /an SVG image with script in it/],
    [
      'plain.svg',
      text('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'),
      /it is an SVG image, which can carry script/,
    ],
    ['notes.png', text('just some text'), /it is not a PNG or JPEG image/],
    ['empty.png', new Uint8Array(0), /the file is empty/],
    ['huge.png', new Uint8Array(MAX_LOGO_BYTES + 1), /it is 201 KB, and a logo can be at most 200 KB/],
    ['broken.png', png.slice(0, 12), /it starts like a PNG image but is damaged/],
  ])('refuses %s with the reason', async (name, bytes, reason) => {
    const checked = await checkLogo(file(name, bytes));
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.message).toMatch(
      new RegExp(`^The logo "${name.replace('.', '\\.')}" was not used: `),
    );
    expect(checked.ok ? '' : checked.message).toMatch(reason);
  });

  it('refuses a PNG wider than 4000 pixels', async () => {
    const wide = png.slice();
    new DataView(wide.buffer).setUint32(16, 5000);
    expect(await checkLogo(file('wide.png', wide))).toMatchObject({
      ok: false,
      message: expect.stringContaining('5000 × ') as unknown,
    });
  });
});

describe('the brand store', () => {
  it('keeps a brand in the browser and gives the built-in brand when none is set', async () => {
    const storage = new MemoryStorage();
    const store = new BrandStore(storage);
    expect(effectiveBrand(BUILT, store.load())).toEqual(BUILT);
    const logo = await checkLogo(file('logo.png', png));
    const custom = { name: 'Harbour Advisory', accent: '#aa3300', logo: logo.ok ? logo.dataUrl : undefined };
    expect(store.save(custom)).toBe(true);
    expect(new BrandStore(storage).load()).toEqual(custom);
    expect(effectiveBrand(BUILT, custom)).toEqual(custom);
    store.clear();
    expect(new BrandStore(storage).load()).toBeNull();
  });

  it('refuses a brand with a bad colour, an empty name or a logo that is not a PNG or JPEG data URL, keeping the saved one', () => {
    const storage = new MemoryStorage();
    const store = new BrandStore(storage);
    store.save({ name: 'Kept', accent: '#123456' });
    for (const bad of [
      { name: 'X', accent: 'red' },
      { name: '', accent: '#123456' },
      { name: 'X', accent: '#123456', logo: 'data:image/svg+xml;base64,PHN2Zz4=' },
      { name: 'X', accent: '#123456', logo: 'https://example.com/logo.png' },
    ])
      expect(store.save(bad)).toBe(false);
    expect(store.load()).toEqual({ name: 'Kept', accent: '#123456' });
  });

  it('sets aside a stored brand that is not in the format, and falls back to the built-in brand', () => {
    const storage = new MemoryStorage();
    storage.setItem('segment-playbook:v1:brand', '{"name":"X","accent":"javascript:alert(1)"}');
    const store = new BrandStore(storage);
    expect(store.load()).toBeNull();
    expect(store.setAside).toHaveLength(1);
    expect(storage.getItem(store.setAside[0]?.key ?? '')).toContain('javascript');
  });
});
