/**
 * The numeric facts the segment-count calculation reads. Kept apart from the rule schemas so the
 * engine can read the list without loading zod.
 */
export const FACTS = [
  'reps',
  'accounts',
  'treatments',
  'callsPerRepPerYear',
  'minAccountsPerRepPerSegment',
  'minSegmentSharePercent',
  'maxSegmentsRepsCanCarry',
] as const;
export type Fact = (typeof FACTS)[number];
