import { describe, expect, it } from 'vitest';
import { formatInputNumber, numberMarks, parseNumberInput } from '../../../src/islands/questionnaire/number-input.ts';

describe('numbers as people type them', () => {
  it.each([
    ['12000', 'en', 12000],
    ['12,000', 'en', 12000],
    ['12 000', 'en', 12000],
    ['5,000,000', 'en-US', 5_000_000],
    ['12,000.75', 'en', 12000.75],
    ['12.000', 'de', 12000],
    ['1.234.567', 'de', 1_234_567],
    ['12,5', 'de', 12.5],
    ['12.5', 'de', 12.5],
    ['12 000,5', 'fr', 12000.5],
    ['12\u202f000', 'fr', 12000],
    ['12\u00a0000', 'en', 12000],
    ['12,00,000', 'en-IN', 1_200_000],
    ['-3', 'en', -3],
    ['  42  ', 'en', 42],
  ])('reads %j in %s as %d', (text, locale, expected) => {
    expect(parseNumberInput(text, locale)).toBe(expected);
  });

  it.each([
    ['12,5', 'en'],
    ['1,2,3', 'en'],
    [',000', 'en'],
    ['12,', 'en'],
    ['1e5', 'en'],
    ['abc', 'en'],
    ['1 2', 'en'],
    ['12 apples', 'en'],
    ['', 'en'],
  ])('refuses %j in %s rather than guess', (text, locale) => {
    expect(parseNumberInput(text, locale)).toBeNull();
  });

  it("reads a locale's marks and writes numbers in them", () => {
    expect(numberMarks('en')).toEqual({ group: ',', decimal: '.' });
    expect(numberMarks('de')).toEqual({ group: '.', decimal: ',' });
    expect(formatInputNumber(5_000_000, 'en')).toBe('5,000,000');
    expect(formatInputNumber(5_000_000, 'de')).toBe('5.000.000');
  });
});
