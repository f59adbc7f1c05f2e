import { z } from 'zod';
import { articleRefSchema, sourceIdSchema } from '../ids.ts';
import { levelSchema } from '../rule.ts';
import { reasonSchema } from './evidence.ts';

/** One system that holds or uses the segment, and how the change hits it. */
export const systemImpactSchema = z
  .object({
    systemId: z.string(),
    title: z.string(),
    impact: levelSchema,
    owner: z.string(),
    /** `answer` when the respondent named the owner; `typical` when it is the catalogue's default. */
    ownerSource: z.enum(['answer', 'typical']),
    changes: z.array(z.string()),
    checklist: z.array(z.string()),
    risks: z.array(z.string()),
    /** The matched rules, highest impact first. */
    reasons: z.array(reasonSchema.extend({ impact: levelSchema }).strict()),
    article: articleRefSchema,
    /** The sources its guide article cites, by id (`S5`); printed beside it as citations. */
    sources: z.array(sourceIdSchema),
  })
  .strict();
export type SystemImpact = z.output<typeof systemImpactSchema>;
