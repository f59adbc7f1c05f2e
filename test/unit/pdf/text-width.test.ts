import { describe, expect, it } from 'vitest';
import { clipToWidth, displayWidth } from '../../../src/render/pdf/text-width.ts';

describe('displayWidth and clipToWidth (fitting text to a space known in advance)', () => {
  it('counts a Chinese, Japanese or Korean character twice and a letter with its accents once', () => {
    expect(displayWidth('Northwind')).toBe(9);
    expect(displayWidth('北风医药')).toBe(8);
    expect(displayWidth('한국제약')).toBe(8);
    expect(displayWidth('e\u0301\u0302x')).toBe(2);
    expect(displayWidth('😀👍🏽')).toBe(2);
  });

  it('leaves text that fits and ends cut text with an ellipsis, within the width', () => {
    expect(clipToWidth('Northwind', 9)).toBe('Northwind');
    expect(clipToWidth('Northwind Médical', 12)).toBe('Northwind M…');
    expect(clipToWidth('北风医药集团有限公司', 9)).toBe('北风医药…');
    expect(displayWidth(clipToWidth('北风医药集团有限公司'.repeat(3), 56))).toBeLessThanOrEqual(56);
  });

  it('never cuts inside a surrogate pair or between a letter and its accents', () => {
    expect(clipToWidth(`${'A'.repeat(6)}😀😀 tail`, 8)).toBe(`${'A'.repeat(6)}😀…`);
    expect(clipToWidth('abcde\u0301fgh', 6)).toBe('abcde\u0301…');
  });
});
