import { describe, expect, it } from 'vitest';
import {
  choiceDisagreement,
  DISAGREEMENT_EXPLANATION,
  jaccardDistance,
  lowerMedian,
  multipleDisagreement,
  numberDisagreement,
  scaleDisagreement,
} from '../../../src/workshop/disagreement.ts';

describe('the disagreement measure', () => {
  describe('for single choice', () => {
    it('is 0 when everyone gives the same answer', () => {
      expect(choiceDisagreement([0, 3, 0, 0], 4)).toBe(0);
    });
    it('is 1 at the most even split possible', () => {
      expect(choiceDisagreement([1, 1, 1, 1], 4)).toBe(1);
      // 6 people, 4 options: the most even split is 2-2-1-1.
      expect(choiceDisagreement([2, 2, 1, 1], 4)).toBe(1);
      expect(choiceDisagreement([1, 1, 0, 0], 4)).toBe(1);
    });
    it('scales between: 2 of 3 agreeing among 4 options is half way', () => {
      // (n - most) / (n - ceil(n/k)) = (3 - 2) / (3 - 1)
      expect(choiceDisagreement([2, 1, 0, 0], 4)).toBe(0.5);
      // 5 people, 2 options: 4-1 is (5 - 4) / (5 - 3); 3-2 is the most even split.
      expect(choiceDisagreement([4, 1], 2)).toBe(0.5);
      expect(choiceDisagreement([3, 2], 2)).toBe(1);
    });
    it('has no value under two answers', () => {
      expect(choiceDisagreement([1, 0, 0], 3)).toBeNull();
      expect(choiceDisagreement([0, 0, 0], 3)).toBeNull();
    });
  });

  describe('for scales', () => {
    it('is 0 when everyone gives the same point', () => {
      expect(scaleDisagreement([3, 3, 3], 1, 5)).toBe(0);
    });
    it('is 1 with the team split between the two ends', () => {
      expect(scaleDisagreement([1, 5], 1, 5)).toBe(1);
      expect(scaleDisagreement([1, 1, 5, 5], 1, 5)).toBe(1);
      // Odd n: the largest possible sum of distances is floor(3/2) x 4 = 4, reached by 1, 3, 5.
      expect(scaleDisagreement([1, 3, 5], 1, 5)).toBe(1);
    });
    it('scales between', () => {
      // Median 2; distances 0 + 2 over floor(2/2) x 4.
      expect(scaleDisagreement([2, 4], 1, 5)).toBe(0.5);
      // Median 4; distances 0 + 0 + 1 over floor(3/2) x 4.
      expect(scaleDisagreement([4, 5, 4], 1, 5)).toBe(0.25);
    });
    it('has no value under two answers', () => {
      expect(scaleDisagreement([4], 1, 5)).toBeNull();
    });
  });

  describe('for numbers', () => {
    it('is 0 when everyone gives the same number', () => {
      expect(numberDisagreement([120, 120, 120])).toBe(0);
      expect(numberDisagreement([0, 0])).toBe(0);
    });
    it('takes each distance relative to the larger number', () => {
      // Lower median 60; 180 is 120/180 away; the largest possible sum for 2 answers is 1.
      expect(numberDisagreement([60, 180])).toBeCloseTo(2 / 3, 10);
      // Median 180; 60 is 120/180 away; the largest possible sum for 3 answers is 2.
      expect(numberDisagreement([60, 180, 180])).toBeCloseTo(1 / 3, 10);
    });
    it('nears 1 for answers orders of magnitude apart', () => {
      expect(numberDisagreement([1, 1_000_000])).toBeGreaterThan(0.999);
    });
  });

  describe('for multiple choice', () => {
    it('is 0 for identical choices, 1 for disjoint ones', () => {
      expect(multipleDisagreement([new Set(['a', 'b']), new Set(['b', 'a'])])).toBe(0);
      expect(multipleDisagreement([new Set(['a']), new Set(['b', 'c'])])).toBe(1);
    });
    it('is the mean Jaccard distance over all pairs', () => {
      expect(jaccardDistance(new Set(['a', 'b']), new Set(['a', 'c']))).toBeCloseTo(2 / 3, 10);
      // Pairs: (a, a) 0, (a, b) 1, (a, b) 1.
      expect(multipleDisagreement([new Set(['a']), new Set(['a']), new Set(['b'])])).toBeCloseTo(2 / 3, 10);
    });
    it('treats two empty choices as agreeing', () => {
      expect(jaccardDistance(new Set(), new Set())).toBe(0);
    });
  });

  it('uses the lower median for an even number of answers', () => {
    expect(lowerMedian([5, 1, 4, 2])).toBe(2);
    expect(lowerMedian([3])).toBe(3);
    expect(lowerMedian([])).toBeNull();
  });

  it('is explained in one paragraph covering every question type and "don\'t know"', () => {
    expect(DISAGREEMENT_EXPLANATION).not.toContain('\n');
    for (const word of ['single-choice', 'scale', 'number', 'multiple-choice', "Don't know", 'Text']) {
      expect(DISAGREEMENT_EXPLANATION).toContain(word);
    }
  });
});
