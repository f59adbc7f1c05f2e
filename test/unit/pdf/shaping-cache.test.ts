import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { cacheShaping, type ShapingFont } from '../../../src/render/pdf/shaping-cache.ts';
import { nodeFontSources } from '../../../src/render/pdf/node.ts';
import { woffToSfnt } from '../../../src/render/pdf/woff.ts';

/** A stand-in font that counts how often it really shapes: one glyph per character. */
function countingFont() {
  const calls: string[] = [];
  const font: ShapingFont = {
    layout(text: string, ...options: unknown[]) {
      calls.push([text, ...options.map((o) => JSON.stringify(o))].join('|'));
      return {
        glyphs: Array.from(text, (c) => ({ id: c.codePointAt(0) })),
        positions: Array.from(text, () => ({ xAdvance: 500, yAdvance: 0, xOffset: 0, yOffset: 0 })),
      };
    },
  };
  return { font, calls };
}

describe('cacheShaping', () => {
  it('shapes a string once and answers the same again', () => {
    const { font, calls } = countingFont();
    cacheShaping(font);
    const first = font.layout('Readiness', undefined, undefined, undefined, 'ltr');
    const again = font.layout('Readiness', undefined, undefined, undefined, 'ltr');
    expect(calls).toHaveLength(1);
    expect(again).toEqual(first);
  });

  it('keeps strings and shaping options apart', () => {
    const { font, calls } = countingFont();
    cacheShaping(font);
    font.layout('fi', undefined, undefined, undefined, 'ltr');
    font.layout('fl', undefined, undefined, undefined, 'ltr');
    font.layout('fi', ['liga'], undefined, undefined, 'ltr');
    font.layout('fi', { liga: false }, undefined, undefined, 'ltr');
    font.layout('fi');
    expect(calls).toHaveLength(5);
  });

  it('hands each caller its own lists, so changing one does not change the next', () => {
    const { font } = countingFont();
    cacheShaping(font);
    const first = font.layout('ab');
    first.glyphs[0] = { id: 32 };
    (first.positions[0] as { xAdvance: number }).xAdvance = 0;
    const again = font.layout('ab');
    expect(again.glyphs[0]).toEqual({ id: 97 });
    expect(again.positions[0]).toEqual({ xAdvance: 500, yAdvance: 0, xOffset: 0, yOffset: 0 });
  });

  it('forgets the least recently used string first', () => {
    const { font, calls } = countingFont();
    cacheShaping(font, 8);
    font.layout('aaaa');
    font.layout('bbbb');
    font.layout('aaaa'); // used again, so 'bbbb' is now the oldest
    font.layout('cccc'); // 12 characters: 'bbbb' goes
    expect(calls).toHaveLength(3);
    font.layout('aaaa');
    expect(calls).toHaveLength(3);
    font.layout('bbbb');
    expect(calls).toHaveLength(4);
  });

  it('passes a list of glyphs, which fontkit also accepts, straight through', () => {
    const { font, calls } = countingFont();
    cacheShaping(font);
    const glyphs = ['a'] as unknown as string;
    font.layout(glyphs);
    font.layout(glyphs);
    expect(calls).toHaveLength(2);
  });

  it('forgets the oldest strings beyond its limit, and never keeps a string longer than the limit', () => {
    const { font, calls } = countingFont();
    cacheShaping(font, 10);
    font.layout('aaaa');
    font.layout('bbbb');
    font.layout('cccc'); // 12 characters: 'aaaa' goes
    font.layout('bbbb');
    font.layout('cccc');
    expect(calls).toHaveLength(3);
    font.layout('aaaa');
    expect(calls).toHaveLength(4);
    font.layout('x'.repeat(11));
    font.layout('x'.repeat(11));
    expect(calls).toHaveLength(6);
  });

  it('wraps a font once, however often it is asked: a second call does not add a second cache', () => {
    const { font, calls } = countingFont();
    cacheShaping(font, 3);
    cacheShaping(font);
    font.layout('longer than three');
    font.layout('longer than three');
    expect(calls).toHaveLength(2);
  });

  it('gives the same glyphs and positions as fontkit itself for Noto Sans', async () => {
    const bytes = await woffToSfnt(new Uint8Array(readFileSync(nodeFontSources().latin.regular)));
    const plain = create(Buffer.from(bytes)) as Font;
    const cached = create(Buffer.from(bytes)) as Font;
    cacheShaping(cached);
    const text = 'Office fluency: “Société” — 12½ AVATAR Wave';
    for (let round = 0; round < 2; round += 1) {
      const want = plain.layout(text);
      const got = cached.layout(text);
      expect(got.glyphs.map((g) => g.id)).toEqual(want.glyphs.map((g) => g.id));
      expect(got.positions.map((p) => ({ ...p }))).toEqual(want.positions.map((p) => ({ ...p })));
      expect(got.advanceWidth).toBe(want.advanceWidth);
    }
  });
});
