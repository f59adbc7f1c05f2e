/** Letters that Unicode decomposition does not fold to ASCII. */
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
/** Longest organisation part, so the whole name stays well under every file system's 255-byte limit. */
const MAX_ORGANISATION = 60;

/** The organisation as a file-name part: lower-case ASCII letters, digits and single hyphens. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\x00-\x7F]/g, (c) => FOLDS[c] ?? '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The download name of a plan: `<organisation>-segmentation-plan-<YYYY-MM-DD>.pdf`, safe on every
 * file system. Accents are folded to ASCII (Société → societe); other characters become hyphens;
 * an organisation with nothing left (empty, or written only in CJK) becomes `organisation`.
 */
export function pdfFileName(organisation: string, date: string): string {
  const org = slug(organisation).slice(0, MAX_ORGANISATION).replace(/-+$/, '') || 'organisation';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'undated';
  return `${org}-segmentation-plan-${day}.pdf`;
}
