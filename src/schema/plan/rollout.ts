import { z } from 'zod';
import { isoDateSchema } from '../answers.ts';
import { articleRefSchema, sourceIdSchema } from '../ids.ts';
import { reasonSchema } from './evidence.ts';

/** One rollout phase with its dates. */
export const rolloutPhasePlanSchema = z
  .object({
    phaseId: z.string().describe('The phase\'s id in the rollout playbook, e.g. "mobilise"'),
    title: z.string().describe("The phase's title"),
    order: z
      .number()
      .int()
      .positive()
      .describe('Position in the rollout, 1 first; included phases run back to back in this order'),
    included: z
      .boolean()
      .describe('False when a rule skipped the phase (see skippedBecause); a skipped phase has no dates and 0 weeks'),
    /** First day, ISO; null when the phase is skipped. */
    start: z
      .nullable(isoDateSchema)
      .register(z.globalRegistry, { description: "The phase's first day, YYYY-MM-DD; null when the phase is skipped" }),
    /** Last day (inclusive), ISO; null when the phase is skipped. */
    end: z.nullable(isoDateSchema).register(z.globalRegistry, {
      description: "The phase's last day (inclusive), YYYY-MM-DD: start plus weeks × 7 − 1 days; null when skipped",
    }),
    /** Planned weeks; 0 when skipped. */
    weeks: z
      .number()
      .int()
      .min(0)
      .describe('Planned length in whole weeks: typicalWeeks plus the adjustments, never below 1; 0 when skipped'),
    typicalWeeks: z
      .number()
      .int()
      .positive()
      .describe(
        "The phase's usual length in weeks before any adjustment: the playbook's typical length, or for the design phase the base method's",
      ),
    /** Rules that lengthened or shortened it. */
    adjustments: z
      .array(
        reasonSchema
          .extend({
            addWeeks: z
              .number()
              .int()
              .describe('Weeks the rule adds (positive) or takes off (negative) the typical length'),
          })
          .strict()
          .register(z.globalRegistry, { description: 'A matched rule that changes the phase length' }),
      )
      .register(z.globalRegistry, {
        description: 'Matched rules that lengthened or shortened the phase; listed even when the phase is skipped',
      }),
    /** Rules that removed it; empty when included. */
    skippedBecause: z
      .array(reasonSchema)
      .register(z.globalRegistry, { description: 'Matched rules that removed the phase; empty when included' }),
    /** Rules that keep the phase although the answers planned without it, with the reason. */
    keptBecause: z.array(reasonSchema).register(z.globalRegistry, {
      description:
        'Matched rules that keep the phase in the plan although the answers planned to go without it (e.g. a pilot for a large field force); empty otherwise',
    }),
    owner: z.string().describe('Who typically leads the phase, e.g. "Executive sponsor (VP Sales)"'),
    audiences: z
      .array(z.string())
      .register(z.globalRegistry, { description: 'Who the phase addresses, as lines that fit these answers' }),
    messages: z
      .array(z.string())
      .register(z.globalRegistry, { description: 'What to tell those audiences during the phase' }),
    materials: z.array(z.string()).register(z.globalRegistry, { description: 'Materials to prepare for the phase' }),
    activities: z.array(z.string()).register(z.globalRegistry, {
      description: "What to do in the phase; the summary's next actions may take from the included phases' activities",
    }),
    deliverables: z
      .array(z.string())
      .register(z.globalRegistry, { description: 'What the phase hands over when it ends' }),
    exitCriteria: z.array(z.string()).register(z.globalRegistry, {
      description: 'What must hold before the phase counts as done and the next one starts',
    }),
    article: articleRefSchema.describe(
      'The guide article on the phase, `rollout/<phaseId>`; its page is at /guide/rollout/<phaseId>/',
    ),
    /** The sources its guide article cites, by id (`S5`); printed beside it as citations. */
    sources: z.array(sourceIdSchema).register(z.globalRegistry, {
      description:
        'The sources its guide article cites, by id (e.g. "S5"), printed beside it as citations; all are among the plan\'s top-level `sources`',
    }),
  })
  .strict();
export type RolloutPhasePlan = z.output<typeof rolloutPhasePlanSchema>;

export const rolloutPlanSchema = z
  .object({
    /** The first day of the first phase. */
    start: isoDateSchema.clone().register(z.globalRegistry, {
      description:
        'The first day of the first phase, YYYY-MM-DD: the planned start date when the answers give a valid one, else the date of the answers (see startSource)',
    }),
    /** `answer`: the planned start date; `document-date`: the answers' date, because no valid start date was given. */
    startSource: z
      .enum(['answer', 'document-date'])
      .describe(
        '`answer`: start is the planned start date from the answers; `document-date`: no valid start date was given, so start is the date of the answers (meta.date)',
      ),
    /** The last day of the last included phase. */
    end: isoDateSchema.clone().register(z.globalRegistry, {
      description: 'The last day of the last included phase, YYYY-MM-DD; equal to start when every phase is skipped',
    }),
    totalWeeks: z.number().int().min(0).describe("The included phases' weeks added up"),
    /** The day the segments are in use: the end of the launch phase; null when it is skipped. */
    launch: z.nullable(isoDateSchema).register(z.globalRegistry, {
      description:
        'The last day of the launch phase, YYYY-MM-DD, when the segments are in use; null when it is skipped',
    }),
    /** Weeks from the start to the launch; null when the launch phase is skipped. */
    launchWeeks: z.number().int().min(0).nullable().register(z.globalRegistry, {
      description:
        'Weeks from the start until the segments are in use (the end of the launch phase); null when it is skipped',
    }),
    /** The deadline the answers give, and whether the launch meets it. */
    deadline: z
      .object({
        weeks: z.number().int().positive().describe('Weeks from the start by which the segments must be in use'),
        date: isoDateSchema.clone().register(z.globalRegistry, {
          description: 'The date by which the segments must be in use, YYYY-MM-DD: start plus weeks',
        }),
        met: z.boolean().describe('Whether the launch falls on or before the deadline'),
        /** What the plan did to meet it, or why it cannot; null when the usual rollout meets it. */
        note: z
          .string()
          .nullable()
          .describe(
            'What the plan changed to meet the deadline, or why it still cannot; null when the usual rollout meets it',
          ),
      })
      .strict()
      .nullable()
      .register(z.globalRegistry, { description: 'The deadline the answers give; null when they give none' }),
    /** Every phase in order; skipped phases are kept with `included: false`. */
    phases: z.array(rolloutPhasePlanSchema).register(z.globalRegistry, {
      description: 'Every phase of the playbook in order; skipped phases are kept with `included: false`',
    }),
  })
  .strict()
  .register(z.globalRegistry, { description: 'The rollout timeline: every phase with its dates, from the start date' });
export type RolloutPlan = z.output<typeof rolloutPlanSchema>;
