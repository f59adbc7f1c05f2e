// How much a team disagrees on one question, from 0 (everyone gave the same answer) to 1 (the
// answers are as spread as they can be for that many people). Each measure is simple enough to
// state on the page, which `DISAGREEMENT_EXPLANATION` does.

/** Which measure a question gets, by its type. */
export type DisagreementMeasure = 'choice' | 'ordinal' | 'multiple' | 'text';

/** The paragraph the team view shows under its disagreement scores. */
export const DISAGREEMENT_EXPLANATION =
  'Disagreement runs from 0 (everyone gave the same answer) to 1 (the answers are as spread out as they can be for that many people); it needs at least two answers. ' +
  'For a single-choice question it is the share of people who did not give the most common answer, divided by the largest that share could be with that many people and options, so an even split across all options scores 1. ' +
  'For a scale it is the average distance of the answers from the median, divided by the largest that average could be on that scale (half the team at each end). ' +
  "For a number, such as the number of reps, each answer's distance from the median is taken relative to the larger of the two (60 against 180 is 67% apart), averaged, and divided by the largest that average could be. " +
  'For a multiple-choice question it is the average, over every pair of people, of the share of their chosen options that they do not have in common. ' +
  '"Don\'t know" counts as an answer of its own on choice questions, and is left out on scales and numbers. Text answers get no score.';

/**
 * Single choice. `counts` holds how many people gave each answer (every option, and "don't
 * know" where offered, may be 0); `categories` is how many answers were possible. The share of
 * people away from the most common answer, 1 − max/n, divided by its largest possible value for
 * n people and k answers, 1 − ⌈n/k⌉/n; that is (n − max) / (n − ⌈n/k⌉). Null under 2 answers.
 */
export function choiceDisagreement(counts: readonly number[], categories: number): number | null {
  const n = counts.reduce((sum, c) => sum + c, 0);
  if (n < 2 || categories < 2) return null;
  const most = Math.max(...counts);
  return (n - most) / (n - Math.ceil(n / categories));
}

/** The lower median: for an even count, the lower of the two middle values, so it is always a given answer. */
export function lowerMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

/**
 * Scale. The sum of distances from the (lower) median over the largest sum possible for n answers
 * on [min, max], which is ⌊n/2⌋ × (max − min): half the answers at each end. Null under 2 answers.
 */
export function scaleDisagreement(values: readonly number[], min: number, max: number): number | null {
  const median = lowerMedian(values);
  if (values.length < 2 || median === null || max <= min) return null;
  const total = values.reduce((sum, v) => sum + Math.abs(v - median), 0);
  return Math.min(1, total / (Math.floor(values.length / 2) * (max - min)));
}

/**
 * Number. Declared ranges are far too wide to scale by (1 to 5,000,000 accounts), so each answer's
 * distance from the median is relative: |x − m| / max(|x|, |m|), at most 1. The median's own
 * distance is 0, so the largest possible sum is n − 1. Null under 2 answers.
 */
export function numberDisagreement(values: readonly number[]): number | null {
  const median = lowerMedian(values);
  if (values.length < 2 || median === null) return null;
  const total = values.reduce((sum, v) => {
    const scale = Math.max(Math.abs(v), Math.abs(median));
    return sum + (scale === 0 ? 0 : Math.min(1, Math.abs(v - median) / scale));
  }, 0);
  return Math.min(1, total / (values.length - 1));
}

/** Jaccard distance: the share of the two sets' union that is not in both. Two empty sets agree. */
export function jaccardDistance(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : 1 - shared / union;
}

/** Multiple choice: the mean Jaccard distance over every pair of answers. Null under 2 answers. */
export function multipleDisagreement(sets: readonly ReadonlySet<string>[]): number | null {
  if (sets.length < 2) return null;
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < sets.length; i += 1) {
    for (let j = i + 1; j < sets.length; j += 1) {
      total += jaccardDistance(sets[i] ?? new Set(), sets[j] ?? new Set());
      pairs += 1;
    }
  }
  return total / pairs;
}
