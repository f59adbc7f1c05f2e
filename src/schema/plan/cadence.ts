import { z } from 'zod';
import { articleRefSchema, sourceIdSchema } from '../ids.ts';
import { reasonSchema } from './evidence.ts';

/** A warning sign and whether the answers show it now. */
export const warningSignStatusSchema = z
  .object({
    signId: z.string().describe('The warning sign\'s id in the library, e.g. "growth-plateau"'),
    title: z.string().describe("The warning sign's title"),
    review: z
      .enum(['design', 'membership', 'both'])
      .describe(
        'What the sign calls for: a `design` review (the segments and their rules), a `membership` refresh (which accounts sit where), or `both`',
      ),
    /** The question to ask at every review. */
    checkQuestion: z.string().describe('The question to ask at every review, for the reusable checklist'),
    active: z.boolean().describe('True when these answers show the sign now (see reasons)'),
    reasons: z
      .array(reasonSchema)
      .register(z.globalRegistry, { description: 'The matched rules that show the sign; empty when not active' }),
    article: articleRefSchema.describe(
      'The guide article on the sign, `warning-signs/<signId>`; its page is at /guide/warning-signs/<signId>/',
    ),
    /** The sources its guide article cites, by id (`S5`); printed beside it as citations. */
    sources: z.array(sourceIdSchema).register(z.globalRegistry, {
      description:
        'The sources its guide article cites, by id (e.g. "S5"), printed beside it as citations; when active they are among the plan\'s top-level `sources`',
    }),
  })
  .strict();
export type WarningSignStatus = z.output<typeof warningSignStatusSchema>;

/**
 * One review interval and why. Design and membership each get their own copy, so each carries a
 * description of what it times (a `.describe()` on one shared schema would move its fields to `$defs`).
 */
const intervalSchema = (description: string) =>
  z
    .object({
      months: z.number().int().positive().describe('Months between reviews, a whole number from 1'),
      /**
       * `answer` when it is the interval the answers state; `rule` when a rule moved the interval the
       * answers state (or set one where they state none) and says why; `default` when only the
       * practitioner default applies.
       */
      source: z
        .enum(['answer', 'rule', 'default'])
        .describe(
          '`answer`: the interval the respondent planned; `rule`: a cadence rule moved the planned interval, or set one where none was planned, and its reason says why; `default`: no plan and no rule, so the practitioner default applies',
        ),
      reasons: z.array(reasonSchema).register(z.globalRegistry, {
        description:
          'The matched cadence rules that set the interval (the shortest any matched rule proposes); empty when the built-in default applies',
      }),
    })
    .strict()
    .register(z.globalRegistry, { description });

export const reviewCadenceSchema = z
  .object({
    /** How often to review the design: the segments and their rules. */
    design: intervalSchema(
      "How often to review the segmentation's design (the segments and their rules); 12 months unless a rule sets it",
    ),
    /** How often to re-score which accounts sit in which segment. */
    membership: intervalSchema(
      'How often to re-score which accounts sit in which segment; 3 months unless a rule sets it',
    ),
    owner: z.string().describe('Who owns the reviews: the person or role the answers name, else a default'),
    ownerSource: z
      .enum(['answer', 'default'])
      .describe(
        '`answer` when the answers name the owner; `default` when they do not and owner is the built-in default',
      ),
    /** Every warning sign, active ones first: the checklist for each review. */
    triggers: z.array(warningSignStatusSchema).register(z.globalRegistry, {
      description: 'Every warning sign in the library, active ones first, then by id: the checklist for each review',
    }),
  })
  .strict()
  .register(z.globalRegistry, {
    description:
      "The review cadence: how often to review the segmentation's design and to re-score its membership, who owns the reviews, and the warning signs to check at each",
  });
export type ReviewCadence = z.output<typeof reviewCadenceSchema>;
