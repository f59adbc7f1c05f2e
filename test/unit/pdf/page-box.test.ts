import { describe, expect, it } from 'vitest';
import { itemsOutsidePage, type ReadPdf } from '../../support/read-pdf.ts';

/** A one-page document holding the given text items, to show the geometry check can fail. */
function onePage(items: { str: string; x: number; y: number; width: number; height: number }[]): ReadPdf {
  return {
    bytes: new Uint8Array(),
    info: {},
    outline: [],
    pages: [{ number: 1, width: 595.28, height: 841.89, items, text: '' }],
  };
}

describe('the page-box check used by the geometry tests', () => {
  it('accepts items inside the page, within the 0.5 pt tolerance', () => {
    expect(
      itemsOutsidePage(
        onePage([
          { str: 'in', x: 56, y: 700, width: 483, height: 10 },
          { str: 'edge', x: -0.4, y: 0, width: 595.6, height: 10 },
        ]),
      ),
    ).toEqual([]);
  });

  it('flags items that run past any edge', () => {
    const outside = itemsOutsidePage(
      onePage([
        { str: 'right', x: 500, y: 400, width: 100, height: 10 },
        { str: 'left', x: -3, y: 400, width: 10, height: 10 },
        { str: 'below', x: 56, y: -12, width: 10, height: 10 },
        { str: 'above', x: 56, y: 838, width: 10, height: 10 },
      ]),
    );
    expect(outside.map((line) => /"(\w+)"/.exec(line)?.[1])).toEqual(['right', 'left', 'below', 'above']);
  });
});
