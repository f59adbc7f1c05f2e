import { z } from 'zod';
import { MISTAKE_CATEGORIES } from '../catalogue.ts';
import { articleRefSchema, sourceIdSchema } from '../ids.ts';
import { levelSchema } from '../rule.ts';
import { reasonSchema } from './evidence.ts';

/** A finding's risk: a mistake with no matched rule has risk `none`. */
export const riskSchema = z
  .enum(['none', ...levelSchema.options])
  .describe(
    "A finding's risk: the highest severity (`low`, `medium`, `high`) among its matched rules, or `none` when no rule matched",
  );
export type Risk = z.output<typeof riskSchema>;

/** A matched mistake rule with its severity. */
export const mistakeEvidenceSchema = reasonSchema
  .extend({
    severity: levelSchema.describe('How serious the mistake is when this rule matches: `low`, `medium` or `high`'),
  })
  .strict()
  .register(z.globalRegistry, { description: 'A matched mistake rule, with the severity it gives the finding' });

/** One mistake from the library, assessed against the answers. */
export const mistakeFindingSchema = z
  .object({
    mistakeId: z.string().describe('The mistake\'s id in the mistake library, e.g. "segmenting-without-purpose"'),
    title: z.string().describe("The mistake's title"),
    summary: z.string().describe('The mistake in one or two sentences'),
    category: z
      .enum(MISTAKE_CATEGORIES)
      .describe(
        'The part of a segmentation the mistake concerns: its purpose, its basis, the data, the design, the field, the systems, the rollout or its maintenance',
      ),
    core: z
      .boolean()
      .describe(
        'True for the seven core mistakes of the source article; they come before other findings of equal risk',
      ),
    /** The highest severity among matched rules; `none` when no rule matched. */
    risk: riskSchema.describe(
      'The highest severity among the matched rules in `evidence`; `none` when no rule matched, i.e. these answers do not show the mistake',
    ),
    /** The matched rules, highest severity first. */
    evidence: z.array(mistakeEvidenceSchema).register(z.globalRegistry, {
      description:
        'The matched detection rules, highest severity first, each with the answers that made it match; empty when risk is `none`',
    }),
    remediation: z.array(z.string()).register(z.globalRegistry, {
      description:
        "The fix as ordered, concrete steps; the summary's next actions take the first step of each top risk",
    }),
    article: articleRefSchema.describe(
      'The guide article on the mistake, `mistakes/<mistakeId>`; its page is at /guide/mistakes/<mistakeId>/',
    ),
    /** The sources its guide article cites, by id (`S5`); printed beside it as citations. */
    sources: z.array(sourceIdSchema).register(z.globalRegistry, {
      description:
        'The sources its guide article cites, by id (e.g. "S5"), printed beside it as citations; when risk is above `none` they are among the plan\'s top-level `sources`',
    }),
  })
  .strict();
export type MistakeFinding = z.output<typeof mistakeFindingSchema>;
