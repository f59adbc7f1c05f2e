import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfFileName } from '../../../src/render/pdf/file-name.ts';

/** Letters and digits of any script (with their marks) in hyphen-joined words, then the fixed suffix. */
const SAFE = /^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*-segmentation-plan-(?:\d{4}-\d{2}-\d{2}|undated)\.pdf$/u;
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;
const organisationPart = (name: string): string => name.replace(/-segmentation-plan-.*$/, '');

describe('pdfFileName', () => {
  it('folds accents to ASCII and joins words with hyphens', () => {
    expect(pdfFileName('Société Générale Médical Ærø', '2025-03-03')).toBe(
      'societe-generale-medical-aero-segmentation-plan-2025-03-03.pdf',
    );
    expect(pdfFileName('Łódź Straße Œuvre', '2025-03-03')).toBe('lodz-strasse-oeuvre-segmentation-plan-2025-03-03.pdf');
  });

  it('replaces characters file systems reject', () => {
    expect(pdfFileName('A/B: C*D? "E" <F> |G\\', '2025-03-03')).toBe('a-b-c-d-e-f-g-segmentation-plan-2025-03-03.pdf');
    expect(pdfFileName('../../etc/passwd', '2025-03-03')).toBe('etc-passwd-segmentation-plan-2025-03-03.pdf');
  });

  it('keeps the letters of other scripts, so two clients written in Chinese or Greek get different names', () => {
    expect(pdfFileName('客户细分计划', '2025-03-03')).toBe('客户细分计划-segmentation-plan-2025-03-03.pdf');
    expect(pdfFileName('Αθήνα Pharma', '2025-03-03')).toBe('αθήνα-pharma-segmentation-plan-2025-03-03.pdf');
    expect(pdfFileName('Москва Фарма', '2025-03-03')).toBe('москва-фарма-segmentation-plan-2025-03-03.pdf');
    expect(pdfFileName('한국제약', '2025-03-03')).toBe('한국제약-segmentation-plan-2025-03-03.pdf');
    expect(pdfFileName('İstanbul 🚀', '2025-03-03')).toBe('istanbul-segmentation-plan-2025-03-03.pdf');
  });

  it('drops invisible characters instead of splitting the word at them', () => {
    expect(pdfFileName('Med\u00adical Group', '2025-03-03')).toBe('medical-group-segmentation-plan-2025-03-03.pdf');
    expect(pdfFileName('\u2068Northwind\u2069 Re\u200dx', '2025-03-03')).toBe(
      'northwind-rex-segmentation-plan-2025-03-03.pdf',
    );
  });

  it('is never empty: an organisation with no letter or digit becomes "organisation"', () => {
    expect(pdfFileName('', '2025-03-03')).toBe('organisation-segmentation-plan-2025-03-03.pdf');
    expect(pdfFileName('   ---   ', '2025-03-03')).toBe('organisation-segmentation-plan-2025-03-03.pdf');
    expect(pdfFileName('🚀 ✓ ★', '2025-03-03')).toBe('organisation-segmentation-plan-2025-03-03.pdf');
  });

  it('caps the organisation part at 80 bytes, ending at a word where one is near, never on a hyphen', () => {
    const words = organisationPart(pdfFileName(`${'word '.repeat(40)}end`, '2025-03-03'));
    expect(words).toBe(Array.from({ length: 16 }, () => 'word').join('-'));
    const long = organisationPart(pdfFileName(`${'x'.repeat(50)} ${'y'.repeat(40)}`, '2025-03-03'));
    expect(long).toBe('x'.repeat(50));
    const chinese = organisationPart(pdfFileName('公'.repeat(60), '2025-03-03'));
    expect(chinese).toBe('公'.repeat(26));
  });

  it('always gives a safe, bounded name, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ maxLength: 12 }),
        (organisation, date) => {
          const name = pdfFileName(organisation, date);
          expect(name).toMatch(SAFE);
          expect(name).not.toMatch(/[/\\:*?"<>|\p{Cc}\p{Cf}]|\.\./u);
          expect(utf8Bytes(organisationPart(name))).toBeLessThanOrEqual(80);
        },
      ),
    );
  });

  it('marks a draft in the name, after the date', () => {
    expect(pdfFileName('Acme', '2025-03-03', true)).toBe('acme-segmentation-plan-2025-03-03-draft.pdf');
    expect(pdfFileName('Acme', '2025-03-03', false)).toBe('acme-segmentation-plan-2025-03-03.pdf');
  });
});
