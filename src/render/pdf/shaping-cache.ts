/**
 * Shape each string once per font. react-pdf asks fontkit to shape (`font.layout`) every run of
 * text it lays out, and it lays out the same strings again and again: the running header and
 * footer on every page, in each of its two pagination rounds, the same table labels and answers,
 * and every string again on the next render. fontkit's OpenType shaping is the single largest
 * cost of a render, and its result depends only on the font, the string and the shaping options,
 * so this keeps the results, the way a browser keeps a word cache.
 */

/** What fontkit returns from `layout`: glyphs and their positions, in font units. */
interface GlyphRunLike {
  glyphs: unknown[];
  positions: object[];
}

/** The one method of a fontkit font this module touches. */
export interface ShapingFont {
  // Method syntax, so fontkit's own, narrower types are accepted (it also takes a list of glyphs).
  layout(text: string, ...options: unknown[]): GlyphRunLike;
}

/**
 * How many characters of shaped text a font keeps, the least recently used going first. Each
 * character costs roughly 100 bytes (its position and list slots), so about 5 MB per face; a full
 * plan prints about 50,000 characters across all its faces.
 */
export const SHAPING_CACHE_CHARS = 50_000;

const cached = new WeakSet<ShapingFont>();

const keyPart = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value));

/**
 * Give the font a cache of its shaping results (once; a second call does nothing). Each call gets
 * its own copy of the glyph list and of the position objects, so a caller that changes them in
 * place (pdfkit's own text layout adjusts positions) cannot change what the next caller gets. The
 * glyph objects themselves are shared, as fontkit already shares them between its results.
 */
export function cacheShaping(font: ShapingFont, limit = SHAPING_CACHE_CHARS): void {
  if (cached.has(font)) return;
  cached.add(font);
  const shape = font.layout.bind(font);
  const runs = new Map<string, { readonly run: GlyphRunLike; readonly chars: number }>();
  let chars = 0;
  font.layout = (text, ...options) => {
    if (typeof text !== 'string') return shape(text, ...options);
    const key = JSON.stringify([text, ...options.map(keyPart)]);
    const hit = runs.get(key);
    if (hit !== undefined) {
      // Used again: it moves to the back of the eviction order.
      runs.delete(key);
      runs.set(key, hit);
      return copyRun(hit.run);
    }
    const run = shape(text, ...options);
    if (text.length <= limit) {
      runs.set(key, { run: copyRun(run), chars: text.length });
      chars += text.length;
      for (const [oldest, entry] of runs) {
        if (chars <= limit) break;
        runs.delete(oldest);
        chars -= entry.chars;
      }
    }
    return run;
  };
}

function copyRun(run: GlyphRunLike): GlyphRunLike {
  const copy = Object.create(Object.getPrototypeOf(run) as object) as GlyphRunLike;
  Object.assign(copy, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((position) =>
    Object.assign(Object.create(Object.getPrototypeOf(position) as object) as object, position),
  );
  return copy;
}
