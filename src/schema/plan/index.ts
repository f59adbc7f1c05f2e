import { z } from 'zod';
import { answersMetaSchema } from '../answers.ts';
import { sourceSchema } from '../catalogue.ts';
import { alignmentSchema } from './alignment.ts';
import { answerSheetEntrySchema } from './answer-sheet.ts';
import { designSchema } from './design.ts';
import { reviewCadenceSchema } from './cadence.ts';
import { mistakeFindingSchema } from './findings.ts';
import { methodRecommendationSchema } from './method.ts';
import { confidenceSchema, openQuestionSchema, setAsideEntrySchema } from './open-questions.ts';
import { readinessSchema } from './readiness.ts';
import { rolloutPlanSchema } from './rollout.ts';
import { segmentCountSchema } from './segment-count.ts';
import { planSummarySchema } from './summary.ts';
import { systemImpactSchema } from './systems.ts';

export * from './alignment.ts';
export * from './answer-sheet.ts';
export * from './cadence.ts';
export * from './design.ts';
export * from './evidence.ts';
export * from './findings.ts';
export * from './method.ts';
export * from './open-questions.ts';
export * from './readiness.ts';
export * from './rollout.ts';
export * from './segment-count.ts';
export * from './summary.ts';
export * from './systems.ts';

/** The plan format version. */
export const PLAN_SCHEMA_VERSION = 1;

/** The engine's whole output: everything the results page, the PDF and the command line show. */
export const planSchema = z
  .object({
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
    /** The content version the plan was built with. */
    contentVersion: z.string(),
    /** The content version the answers were given against. */
    answersContentVersion: z.string(),
    meta: answersMetaSchema,
    summary: planSummarySchema,
    confidence: confidenceSchema,
    readiness: readinessSchema,
    /** Every mistake in the library, highest risk first. */
    mistakeFindings: z.array(mistakeFindingSchema),
    method: methodRecommendationSchema,
    /** The segment design: layers, segments, treatments and the capacity check. */
    design: designSchema,
    segmentCount: segmentCountSchema,
    /** Systems in use, highest impact first. */
    systems: z.array(systemImpactSchema),
    rollout: rolloutPlanSchema,
    cadence: reviewCadenceSchema,
    openQuestions: z.array(openQuestionSchema),
    setAside: z.array(setAsideEntrySchema),
    answerSheet: z.array(answerSheetEntrySchema),
    /**
     * The sources the plan cites, in the library's order: those of each finding above "none", every
     * ranked method, each system, every rollout phase and each warning sign already showing.
     */
    sources: z.array(sourceSchema),
    /** A workshop's alignment, on a team plan built from agreed answers; absent on one respondent's plan. */
    alignment: alignmentSchema.optional(),
    /** Plain sentences about the inputs, e.g. a content-version mismatch. */
    notices: z.array(z.string()),
  })
  .strict();
export type Plan = z.output<typeof planSchema>;
