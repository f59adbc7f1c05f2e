import { z } from 'zod';
import { MISTAKE_CATEGORIES } from '../catalogue.ts';
import { articleRefSchema, sourceIdSchema } from '../ids.ts';
import { levelSchema } from '../rule.ts';
import { reasonSchema } from './evidence.ts';

/** A finding's risk: a mistake with no matched rule has risk `none`. */
export const riskSchema = z.enum(['none', ...levelSchema.options]);
export type Risk = z.output<typeof riskSchema>;

/** A matched mistake rule with its severity. */
export const mistakeEvidenceSchema = reasonSchema.extend({ severity: levelSchema }).strict();

/** One mistake from the library, assessed against the answers. */
export const mistakeFindingSchema = z
  .object({
    mistakeId: z.string(),
    title: z.string(),
    summary: z.string(),
    category: z.enum(MISTAKE_CATEGORIES),
    core: z.boolean(),
    /** The highest severity among matched rules; `none` when no rule matched. */
    risk: riskSchema,
    /** The matched rules, highest severity first. */
    evidence: z.array(mistakeEvidenceSchema),
    remediation: z.array(z.string()),
    article: articleRefSchema,
    /** The sources its guide article cites, by id (`S5`); printed beside it as citations. */
    sources: z.array(sourceIdSchema),
  })
  .strict();
export type MistakeFinding = z.output<typeof mistakeFindingSchema>;
