import { describe, expect, it } from 'vitest';
import { makeTheme } from '../../../src/render/pdf/theme.ts';

/** WCAG contrast ratio of a hex colour against white. */
function contrastOnWhite(hex: string): number {
  const channels = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const [r = 0, g = 0, b = 0] = channels;
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe('makeTheme', () => {
  it('keeps a dark accent as the heading colour', () => {
    expect(makeTheme('#1f5f7a').accentInk).toBe('#1f5f7a');
  });

  it('darkens a light accent until headings reach 4.5:1 against white', () => {
    for (const accent of ['#ffd700', '#7fdbff', '#f5a', '#c0c0c0']) {
      const { accentInk } = makeTheme(accent);
      expect(contrastOnWhite(accentInk), accent).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('tints towards white for table headers and zebra rows', () => {
    const theme = makeTheme('#000000');
    expect(theme.accentTint).toBe('#c7c7c7');
    expect(theme.accentWash).toBe('#ebebeb');
  });
});
