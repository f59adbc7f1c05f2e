import { z } from 'zod';
import { FACTS } from '../rule.ts';
import { reasonSchema } from './evidence.ts';

/** A numeric fact the segment count reads, and where it came from. */
export const factValueSchema = z
  .object({
    fact: z.enum(FACTS),
    /** Null when no rule yielded a value. */
    value: z.number().nullable(),
    /** The rule that yielded it, with its reason and evidence; null when none did. */
    source: reasonSchema.nullable(),
  })
  .strict();
export type FactValue = z.output<typeof factValueSchema>;

export const segmentWarningSchema = z
  .object({
    id: z.enum([
      'more-segments-than-reps-carry',
      'more-treatments-than-reps-carry',
      'segments-too-small',
      'capacity-below-accounts',
      'too-few-segments',
    ]),
    message: z.string(),
  })
  .strict();
export type SegmentWarning = z.output<typeof segmentWarningSchema>;

export const segmentCountSchema = z
  .object({
    /** The recommended number of segments, inclusive. */
    min: z.number().int().min(1),
    max: z.number().int().min(1),
    /** The most segments the answers can support; null when no limiting fact is known. */
    ceiling: z.number().int().min(1).nullable(),
    facts: z.array(factValueSchema),
    /** The calculation in plain sentences, in order. */
    reasoning: z.array(z.string()),
    warnings: z.array(segmentWarningSchema),
  })
  .strict();
export type SegmentCount = z.output<typeof segmentCountSchema>;
