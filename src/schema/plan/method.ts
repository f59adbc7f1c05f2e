import { z } from 'zod';
import { answerValueSchema } from '../answers.ts';
import { articleRefSchema } from '../ids.ts';
import { answerStatusSchema, reasonSchema } from './evidence.ts';
import { score100 } from './shared.ts';

/** A matched method rule with the points it added (or took away). */
export const fitReasonSchema = reasonSchema.extend({ points: z.number() }).strict();
export type FitReason = z.output<typeof fitReasonSchema>;

/** One method, ranked. */
export const methodFitSchema = z
  .object({
    methodId: z.string(),
    title: z.string(),
    shortName: z.string(),
    /** 1 is the recommendation; blocked methods rank after every unblocked one. */
    rank: z.number().int().positive(),
    /** baseFit plus matched rule points, clamped to 0..100. */
    fit: score100,
    baseFit: score100,
    blocked: z.boolean(),
    /** The matched blocker rules. */
    blockers: z.array(reasonSchema),
    /** Rules that added points, largest first. */
    raised: z.array(fitReasonSchema),
    /** Rules that took points away, largest first. */
    lowered: z.array(fitReasonSchema),
    cost: z.enum(['$', '$$', '$$$']),
    weeks: z.object({ min: z.number(), max: z.number() }).strict(),
    article: articleRefSchema,
  })
  .strict();
export type MethodFit = z.output<typeof methodFitSchema>;

/** One answer to change in a "what would change this" suggestion. */
export const answerChangeSchema = z
  .object({
    questionId: z.string(),
    sectionId: z.string(),
    topic: z.string(),
    prompt: z.string(),
    fromStatus: answerStatusSchema,
    fromLabels: z.array(z.string()),
    /** The new answer, ready to store. */
    to: answerValueSchema,
    toLabels: z.array(z.string()),
  })
  .strict();
export type AnswerChange = z.output<typeof answerChangeSchema>;

/** The smallest answer change that puts another method first. */
export const whatWouldChangeSchema = z
  .object({
    changes: z.array(answerChangeSchema).min(1),
    /** The method that would then rank first, and its fit. */
    newTop: z.string(),
    newTopTitle: z.string(),
    newTopFit: score100,
    /** The sentence shown to the reader. */
    summary: z.string(),
  })
  .strict();
export type WhatWouldChange = z.output<typeof whatWouldChangeSchema>;

export const methodRecommendationSchema = z
  .object({
    /** The first-ranked unblocked method, or null when every method is blocked. */
    recommended: z.string().nullable(),
    ranking: z.array(methodFitSchema),
    /** The smallest changes that would put another method first, smallest first, one per other method; may be empty. */
    whatWouldChange: z.array(whatWouldChangeSchema),
  })
  .strict();
export type MethodRecommendation = z.output<typeof methodRecommendationSchema>;
