import { segments } from './text-width.ts';

/** Latin letters that Unicode decomposition does not fold to ASCII. */
const FOLDS: Readonly<Record<string, string>> = {
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ŋ: 'ng',
  ħ: 'h',
  ĸ: 'k',
  ŧ: 't',
};
/**
 * Most UTF-8 bytes of the organisation part (80 Latin letters, or 26 Chinese characters), so the
 * whole name, 33 bytes more, stays well under the 255-byte limit of every common file system.
 */
const MAX_ORGANISATION_BYTES = 80;
/** A shortened name ends at a word boundary when one falls in its last this-many bytes. */
const WORD_BOUNDARY_REACH = 30;

const utf8 = new TextEncoder();
const bytes = (text: string): number => utf8.encode(text).length;

/**
 * One character as a file-name part: a Latin letter folded to ASCII (é → e, ß → ss); a letter or
 * digit of any other script kept as written (lower-cased where the script has case); anything
 * else (space, punctuation, symbols, emoji) a hyphen. Invisible characters (soft hyphens,
 * direction marks, joiners) are dropped so they never split a word.
 */
function fold(grapheme: string): string {
  const lower = grapheme.toLowerCase().replace(/\p{Cf}+/gu, '');
  if (lower === '') return '';
  const bare = lower.normalize('NFKD').replace(/\p{M}+/gu, '');
  if (/^[a-z0-9]+$/.test(bare)) return bare;
  const folded = FOLDS[bare];
  if (folded !== undefined) return folded;
  return /^[\p{L}\p{N}]/u.test(lower) ? lower.normalize('NFC') : '-';
}

/** The organisation as a file-name part: letters and digits joined by single hyphens, at most MAX_ORGANISATION_BYTES. */
function slug(text: string): string {
  const whole = segments(text.normalize('NFC')).map(fold).join('').replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (bytes(whole) <= MAX_ORGANISATION_BYTES) return whole;
  let cut = '';
  for (const grapheme of segments(whole)) {
    if (bytes(cut + grapheme) > MAX_ORGANISATION_BYTES) break;
    cut += grapheme;
  }
  const boundary = cut.lastIndexOf('-');
  const atWord = boundary > 0 && bytes(cut.slice(boundary)) <= WORD_BOUNDARY_REACH;
  return (atWord ? cut.slice(0, boundary) : cut).replace(/-+$/, '');
}

/**
 * The download name of a plan: `<organisation>-segmentation-plan-<YYYY-MM-DD>.pdf`, or
 * `…-<YYYY-MM-DD>-draft.pdf` for a draft (a plan whose required questions are not all answered), safe on every
 * file system. Accented Latin is folded to ASCII (Société → societe), other scripts keep their
 * letters (客户公司, Αθήνα → αθήνα), and everything else becomes a hyphen, so no character a file
 * system rejects (/ \ : * ? " < > |) or a path step (..) survives. An organisation with no letter
 * or digit becomes `organisation`.
 */
export function pdfFileName(organisation: string, date: string, draft = false): string {
  const org = slug(organisation) || 'organisation';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'undated';
  return `${org}-segmentation-plan-${day}${draft ? '-draft' : ''}.pdf`;
}
