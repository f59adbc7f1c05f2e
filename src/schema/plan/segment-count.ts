import { z } from 'zod';
import { FACTS } from '../rule.ts';
import { reasonSchema } from './evidence.ts';

/** A numeric fact the segment count reads, and where it came from. */
export const factValueSchema = z
  .object({
    fact: z
      .enum(FACTS)
      .describe(
        'Which fact: `reps` (field reps), `accounts` (accounts to segment), `treatments` (distinct treatments the company can fund), `callsPerRepPerYear`, `minAccountsPerRepPerSegment` (accounts a rep needs in a segment for it to deserve its own play), `minSegmentSharePercent` (the smallest share of accounts a segment should hold, in percent) or `maxSegmentsRepsCanCarry` (segment plays reps can keep in their day-to-day selling)',
      ),
    /** Null when no rule yielded a value. */
    value: z.number().nullable().register(z.globalRegistry, {
      description:
        "The fact's value in its own unit (a count, calls a year, or a percentage); null when no rule yielded one",
    }),
    /** The rule that yielded it, with its reason and evidence; null when none did. */
    source: reasonSchema.nullable().register(z.globalRegistry, {
      description: 'The rule that yielded the value, with its reason and the answers it read; null when none did',
    }),
  })
  .strict();
export type FactValue = z.output<typeof factValueSchema>;

export const segmentWarningSchema = z
  .object({
    id: z
      .enum([
        'more-segments-than-reps-carry',
        'more-treatments-than-reps-carry',
        'segments-too-small',
        'capacity-below-accounts',
        'too-few-segments',
      ])
      .describe(
        "Which conflict: `more-segments-than-reps-carry` (the segments used or planned exceed what reps can carry), `more-treatments-than-reps-carry` (the treatments exceed it), `segments-too-small` (too few accounts per rep, or too small a share, in each segment), `capacity-below-accounts` (the reps' calls a year cannot reach every account once) or `too-few-segments` (the answers leave room for fewer than 2)",
      ),
    message: z.string().describe('The warning in plain sentences, with the numbers and what to do'),
  })
  .strict();
export type SegmentWarning = z.output<typeof segmentWarningSchema>;

export const segmentCountSchema = z
  .object({
    /** The recommended number of segments, inclusive. */
    min: z
      .number()
      .int()
      .min(1)
      .describe('The fewest segments recommended, at least 1; equal to max for a single number'),
    max: z
      .number()
      .int()
      .min(1)
      .describe('The most segments recommended (inclusive): at most 5, and never above ceiling'),
    /** The most segments the answers can support; null when no limiting fact is known. */
    ceiling: z.number().int().min(1).nullable().register(z.globalRegistry, {
      description: 'The most segments the answers can support; null when no limiting fact is known',
    }),
    facts: z.array(factValueSchema).register(z.globalRegistry, {
      description: 'Every numeric fact the calculation reads, in a fixed order, with its value and where it came from',
    }),
    /** The calculation in plain sentences, in order. */
    reasoning: z.array(z.string()).register(z.globalRegistry, {
      description: 'The calculation in plain sentences, in order, ending with the recommendation',
    }),
    warnings: z.array(segmentWarningSchema).register(z.globalRegistry, {
      description:
        'Conflicts between the answers and a workable segment count, at most one per id; empty when there are none',
    }),
  })
  .strict()
  .register(z.globalRegistry, {
    description: 'How many segments to build, the calculation behind it, and its warnings',
  });
export type SegmentCount = z.output<typeof segmentCountSchema>;
