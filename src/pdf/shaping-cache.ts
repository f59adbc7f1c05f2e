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
  // Method syntax, so fontkit's own, narrower options type is accepted.
  layout(text: string, ...options: unknown[]): GlyphRunLike;
}

/** How many characters of shaped text a font keeps; the oldest strings go first. */
export const SHAPING_CACHE_CHARS = 200_000;

const cached = new WeakSet<ShapingFont>();

const keyPart = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value));

/**
 * Give the font a cache of its shaping results (once; a second call does nothing). Each call gets
 * its own copy of the glyph and position lists, so a caller that changes one (react-pdf swaps
 * glyphs for inline images) cannot change what the next caller gets.
 */
export function cacheShaping(font: ShapingFont, limit = SHAPING_CACHE_CHARS): void {
  if (cached.has(font)) return;
  cached.add(font);
  const shape = font.layout.bind(font);
  const runs = new Map<string, { readonly run: GlyphRunLike; readonly chars: number }>();
  let chars = 0;
  font.layout = (text, ...options) => {
    const key = JSON.stringify([text, ...options.map(keyPart)]);
    const hit = runs.get(key);
    if (hit !== undefined) return copyRun(hit.run);
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
