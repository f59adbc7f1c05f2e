import { z } from 'zod';
import { answerValueSchema } from '../answers.ts';
import { articleRefSchema, sourceIdSchema } from '../ids.ts';
import { answerStatusSchema, reasonSchema } from './evidence.ts';
import { promptField, questionIdField, score100, sectionIdField, topicField } from './shared.ts';

/** A matched method rule with the points it added (or took away). */
export const fitReasonSchema = reasonSchema
  .extend({
    points: z.number().describe('The fit points the rule adds (positive) or takes away (negative)'),
  })
  .strict()
  .register(z.globalRegistry, { description: 'A matched method rule, with the fit points it adds or takes away' });
export type FitReason = z.output<typeof fitReasonSchema>;

/** One method, ranked. */
export const methodFitSchema = z
  .object({
    methodId: z.string().describe('The method\'s id in the method library, e.g. "market-data"'),
    title: z.string().describe('The method\'s full name, e.g. "Market data segmentation"'),
    shortName: z.string().describe('A short name for tables, e.g. "Market data"; at most 40 characters'),
    /** 1 is the recommendation; blocked methods rank after every unblocked one. */
    rank: z
      .number()
      .int()
      .positive()
      .describe(
        'Position in the ranking, from 1: by fit, highest first, with every blocked method after every unblocked one; rank 1 is the recommendation unless it is blocked',
      ),
    /** baseFit plus matched rule points, clamped to 0..100. */
    fit: score100.describe(
      'How well the method suits these answers, 0 to 100: baseFit plus the points of the matched rules in raised and lowered, clamped to 0..100',
    ),
    baseFit: score100.describe("The method's fit, 0 to 100, before any rule adds or takes away points"),
    blocked: z
      .boolean()
      .describe('True when a blocker rule matched: the method is ruled out whatever its fit (see blockers)'),
    /** The matched blocker rules. */
    blockers: z
      .array(reasonSchema)
      .register(z.globalRegistry, { description: 'The matched blocker rules; empty unless blocked' }),
    /** Rules that added points, largest first. */
    raised: z
      .array(fitReasonSchema)
      .register(z.globalRegistry, { description: 'Matched rules that added points, most points first' }),
    /** Rules that took points away, largest first. */
    lowered: z
      .array(fitReasonSchema)
      .register(z.globalRegistry, { description: 'Matched rules that took points away, the largest reduction first' }),
    cost: z
      .enum(['$', '$$', '$$$'])
      .describe(
        'Rough cost: `$` under a month of analyst time; `$$` one to three months or a data licence; `$$$` three to six months or more, with research',
      ),
    weeks: z
      .object({
        min: z.number().describe('The fewest weeks the method typically takes'),
        max: z.number().describe('The most weeks the method typically takes'),
      })
      .strict()
      .register(z.globalRegistry, { description: 'How long the method typically takes, in weeks, as a range' }),
    article: articleRefSchema.describe(
      'The guide article on the method, `methods/<methodId>`; its page is at /guide/methods/<methodId>/',
    ),
    /** The sources its guide article cites, by id (`S5`); printed beside it as citations. */
    sources: z.array(sourceIdSchema).register(z.globalRegistry, {
      description:
        'The sources its guide article cites, by id (e.g. "S5"), printed beside it as citations; all are among the plan\'s top-level `sources`',
    }),
  })
  .strict();
export type MethodFit = z.output<typeof methodFitSchema>;

/** One answer to change in a "what would change this" suggestion. */
export const answerChangeSchema = z
  .object({
    questionId: questionIdField,
    sectionId: sectionIdField,
    topic: topicField,
    prompt: promptField,
    fromStatus: answerStatusSchema.describe('How the question stands in these answers, before the change'),
    fromLabels: z.array(z.string()).register(z.globalRegistry, {
      description: 'The current answer as the respondent saw it (see evidence answerLabels); empty when there is none',
    }),
    /** The new answer, ready to store. */
    to: answerValueSchema,
    toLabels: z.array(z.string()).register(z.globalRegistry, {
      description: 'The new answer as the respondent would see it, e.g. option labels or "250 reps"',
    }),
  })
  .strict();
export type AnswerChange = z.output<typeof answerChangeSchema>;

/** The smallest answer change that puts another method first. */
export const whatWouldChangeSchema = z
  .object({
    changes: z.array(answerChangeSchema).min(1).register(z.globalRegistry, {
      description: 'The answers to change together, at least one (one, or two when no single change is enough)',
    }),
    /** The method that would then rank first, and its fit. */
    newTop: z.string().describe('The methodId of the method that would then rank first'),
    newTopTitle: z.string().describe("That method's title"),
    newTopFit: score100.describe("That method's fit after the change, 0 to 100"),
    /** The sentence shown to the reader. */
    summary: z.string().describe('The suggestion in one sentence, as shown to the reader'),
  })
  .strict();
export type WhatWouldChange = z.output<typeof whatWouldChangeSchema>;

export const methodRecommendationSchema = z
  .object({
    /** The first-ranked unblocked method, or null when every method is blocked. */
    recommended: z.string().nullable().register(z.globalRegistry, {
      description: 'The methodId of the rank-1 method when it is not blocked; null when every method is blocked',
    }),
    ranking: z
      .array(methodFitSchema)
      .register(z.globalRegistry, { description: 'Every method in the library, ranked: rank 1 first' }),
    /** The smallest changes that would put another method first, smallest first, one per other method; may be empty. */
    whatWouldChange: z.array(whatWouldChangeSchema).register(z.globalRegistry, {
      description:
        'The smallest answer changes that would put another method first, smallest first: at most three, each for a different method; empty when no change of one or two answers would, or when every method is blocked',
    }),
  })
  .strict()
  .register(z.globalRegistry, {
    description: 'Every segmentation method ranked by fit, the recommendation, and what would change it',
  });
export type MethodRecommendation = z.output<typeof methodRecommendationSchema>;
