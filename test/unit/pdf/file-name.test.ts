import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfFileName } from '../../../src/pdf/file-name.ts';

const SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*-segmentation-plan-(?:\d{4}-\d{2}-\d{2}|undated)\.pdf$/;

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

  it('is never empty: an organisation with nothing foldable becomes "organisation"', () => {
    expect(pdfFileName('', '2025-03-03')).toBe('organisation-segmentation-plan-2025-03-03.pdf');
    expect(pdfFileName('客户细分计划', '2025-03-03')).toBe('organisation-segmentation-plan-2025-03-03.pdf');
    expect(pdfFileName('   ---   ', '2025-03-03')).toBe('organisation-segmentation-plan-2025-03-03.pdf');
  });

  it('caps the organisation part at 60 characters without a trailing hyphen', () => {
    const name = pdfFileName(`${'word '.repeat(40)}end`, '2025-03-03');
    const organisation = name.replace(/-segmentation-plan-.*$/, '');
    expect(organisation.length).toBeLessThanOrEqual(60);
    expect(organisation.endsWith('-')).toBe(false);
    expect(name).toMatch(SAFE);
  });

  it('always gives a safe, bounded name, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ maxLength: 12 }),
        (organisation, date) => {
          const name = pdfFileName(organisation, date);
          expect(name).toMatch(SAFE);
          expect(name.length).toBeLessThanOrEqual(60 + '-segmentation-plan-2025-03-03.pdf'.length);
        },
      ),
    );
  });
});
