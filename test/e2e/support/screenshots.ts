import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';

/** The committed reference images, one PNG per guarded view. */
export const REFERENCE_DIR = join(import.meta.dirname, '../screenshots');

/** How two screenshots differ: their sizes and the share of pixels that changed visibly. */
export interface PixelDiff {
  readonly sameSize: boolean;
  readonly size: string;
  readonly referenceSize: string;
  /** Pixels whose colour moved by more than the tolerance in any channel, 0 to 1. */
  readonly changedShare: number;
}

/**
 * Compare a screenshot with a committed reference, pixel by pixel, by drawing both on canvases in
 * the browser (no image library needed). A channel that moves by `tolerance` or less (anti-aliasing)
 * does not count as a change.
 */
export async function diffPixels(
  browser: Browser,
  actual: Buffer,
  reference: Buffer,
  tolerance = 48,
): Promise<PixelDiff> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ a, r, tol }) => {
        const load = async (b64: string): Promise<ImageBitmap> =>
          createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const [imgA, imgR] = await Promise.all([load(a), load(r)]);
        const pixels = (img: ImageBitmap): Uint8ClampedArray => {
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d');
          if (ctx === null) throw new Error('no 2d context');
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height).data;
        };
        const size = `${imgA.width}x${imgA.height}`;
        const referenceSize = `${imgR.width}x${imgR.height}`;
        if (size !== referenceSize) return { sameSize: false, size, referenceSize, changedShare: 1 };
        const pa = pixels(imgA);
        const pr = pixels(imgR);
        let changed = 0;
        for (let i = 0; i < pa.length; i += 4) {
          for (let c = 0; c < 4; c += 1) {
            if (Math.abs((pa[i + c] ?? 0) - (pr[i + c] ?? 0)) > tol) {
              changed += 1;
              break;
            }
          }
        }
        return { sameSize: true, size, referenceSize, changedShare: changed / (pa.length / 4) };
      },
      { a: actual.toString('base64'), r: reference.toString('base64'), tol: tolerance },
    );
  } finally {
    await page.close();
  }
}

/**
 * The reference for `name`, or, with `UPDATE_SCREENSHOTS=1` (after a deliberate change to the look
 * or to the plan the view shows), the screenshot just taken written as the new reference. A missing
 * reference is an error, never a silent pass. Also writes the actual image beside the reference as
 * `<name>.actual.png` when they differ, for a reviewer to look at (git ignores it).
 */
export function referenceFor(name: string, actual: Buffer): Buffer {
  const file = join(REFERENCE_DIR, `${name}.png`);
  if (process.env['UPDATE_SCREENSHOTS'] === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) {
    throw new Error(`No reference screenshot ${file}: run the test once with UPDATE_SCREENSHOTS=1 and commit it`);
  }
  return readFileSync(file);
}

/** Keep the image that failed, beside its reference, for a reviewer. */
export function keepActual(name: string, actual: Buffer): void {
  writeFileSync(join(REFERENCE_DIR, `${name}.actual.png`), actual);
}
