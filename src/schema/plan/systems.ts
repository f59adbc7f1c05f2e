import { z } from 'zod';
import { articleRefSchema, sourceIdSchema } from '../ids.ts';
import { levelSchema } from '../rule.ts';
import { reasonSchema } from './evidence.ts';

/** One system that holds or uses the segment, and how the change hits it. */
export const systemImpactSchema = z
  .object({
    systemId: z.string().describe('The system\'s id in the systems library, e.g. "crm"'),
    title: z.string().describe('The system\'s name, e.g. "CRM"'),
    impact: levelSchema.describe(
      'How hard the segmentation change hits the system, `low`, `medium` or `high`: the highest impact among its matched rules',
    ),
    owner: z
      .string()
      .describe('Who changes the system: the owner the answers name, else the typical owner, e.g. "Sales operations"'),
    /** `answer` when the respondent named the owner; `typical` when it is the catalogue's default. */
    ownerSource: z
      .enum(['answer', 'typical'])
      .describe("`answer` when the respondent named the owner; `typical` when owner is the library's typical owner"),
    changes: z
      .array(z.string())
      .register(z.globalRegistry, { description: 'What changes in the system when the segments change' }),
    checklist: z
      .array(z.string())
      .register(z.globalRegistry, { description: 'The steps to check in the system at each re-segmentation' }),
    risks: z
      .array(z.string())
      .register(z.globalRegistry, { description: 'Traps and risks to watch for in the system' }),
    /** The matched rules, highest impact first. */
    reasons: z
      .array(
        reasonSchema
          .extend({
            impact: levelSchema.describe('The impact this rule gives the system: `low`, `medium` or `high`'),
          })
          .strict()
          .register(z.globalRegistry, { description: 'A matched system rule, with the impact it gives' }),
      )
      .register(z.globalRegistry, {
        description:
          'The matched rules, highest impact first; at least one, since a system is listed only when a rule matches',
      }),
    article: articleRefSchema.describe(
      'The guide article on the system, `systems/<systemId>`; its page is at /guide/systems/<systemId>/',
    ),
    /** The sources its guide article cites, by id (`S5`); printed beside it as citations. */
    sources: z.array(sourceIdSchema).register(z.globalRegistry, {
      description:
        'The sources its guide article cites, by id (e.g. "S5"), printed beside it as citations; all are among the plan\'s top-level `sources`',
    }),
  })
  .strict();
export type SystemImpact = z.output<typeof systemImpactSchema>;
