/**
 * The document's palette and measures. The accent comes from the brand; everything else is
 * fixed so every plan looks the same. Sizes are in points (A4 is 595 × 842).
 */
export interface PdfTheme {
  readonly accent: string;
  /** The accent mixed with white: table headers, chart fills. */
  readonly accentTint: string;
  /** A paler tint for zebra rows and call-outs. */
  readonly accentWash: string;
  /** The accent darkened: headings on white, so they stay readable with a light brand colour. */
  readonly accentInk: string;
}

export const INK = '#1c2329';
export const MUTED = '#5a6672';
export const RULE = '#d5dbe1';
export const PAPER_TINT = '#f4f6f8';
export const RISK_COLOURS: Readonly<Record<string, string>> = {
  high: '#b3261e',
  medium: '#b06000',
  low: '#4d6b2f',
  none: '#7a8590',
};

/** Page geometry shared by every page. */
export const PAGE = { marginX: 56, marginTop: 78, marginBottom: 70 } as const;

function parseHex(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? h.replace(/./g, (c) => c + c) : h.padEnd(6, '0');
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16) || 0) as [number, number, number];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Mix a colour towards `target` (0 keeps it, 1 gives the target). */
function mix(hex: string, target: readonly number[], amount: number): string {
  return toHex(parseHex(hex).map((v, i) => v + ((target[i] ?? 0) - v) * amount));
}

/** Relative luminance (WCAG), to decide whether the accent is dark enough for text. */
function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The theme for a brand accent colour. */
export function makeTheme(accent: string): PdfTheme {
  // Darken a light accent until it reaches about 4.5:1 against white, so headings stay legible.
  let ink = accent;
  for (let i = 1; i <= 10 && 1.05 / (luminance(ink) + 0.05) < 4.5; i += 1) ink = mix(accent, [0, 0, 0], i * 0.08);
  return {
    accent,
    accentTint: mix(accent, [255, 255, 255], 0.78),
    accentWash: mix(accent, [255, 255, 255], 0.92),
    accentInk: ink,
  };
}

/**
 * A font size with its line height, for ordinary text. Set them together on the Text itself:
 * react-pdf (4.9) re-resolves resolved styles when it lays a page out again, so a line height on a
 * Page or View, inherited by text that is laid out late (render props, the page header and footer), is
 * multiplied by the font size twice and that text vanishes. Text laid out late gets no line height.
 */
export function textSize(size: number, ratio = 1.45): { fontSize: number; lineHeight: number } {
  return { fontSize: size, lineHeight: ratio };
}
