import { z } from 'zod';
import { PLAN_SCHEMA_VERSION } from './version.ts';
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

export { PLAN_SCHEMA_VERSION } from './version.ts';

/**
 * The engine's whole output: everything the results page, the PDF and the command line show.
 *
 * Every field has a description for schema/plan.schema.json (a test lists any that lacks one). A
 * string, number, boolean or enum takes `.describe()`. An object, array, nullable or optional takes
 * `.register(z.globalRegistry, { description })`: `.describe()` returns a copy that the JSON Schema
 * conversion walks beside the original, so everything inside would be counted as used twice and
 * moved to `$defs`. A part used in several places is described where it is defined.
 */
export const planSchema = z
  .object({
    schemaVersion: z
      .literal(PLAN_SCHEMA_VERSION)
      .describe('The plan format version; always 1 for now. A tool should check it before reading the rest'),
    /** The content version the plan was built with. */
    contentVersion: z
      .string()
      .describe('The content version (questions, rules and guide) the plan was built with, e.g. "1.0.0"'),
    /** The content version the answers were given against. */
    answersContentVersion: z
      .string()
      .describe(
        'The content version the answers were given against; when it differs from contentVersion, notices says so',
      ),
    // The answers document's own meta schema, described where it is defined (src/schema/answers.ts).
    meta: answersMetaSchema,
    summary: planSummarySchema,
    confidence: confidenceSchema,
    readiness: readinessSchema,
    /** Every mistake in the library, highest risk first. */
    mistakeFindings: z.array(mistakeFindingSchema).register(z.globalRegistry, {
      description:
        "Every mistake in the library, assessed against the answers: highest risk first, then core mistakes, then by the mistake's usual severity and id",
    }),
    method: methodRecommendationSchema,
    /** The segment design: layers, segments, treatments and the capacity check. */
    design: designSchema,
    segmentCount: segmentCountSchema,
    /** Systems in use, highest impact first. */
    systems: z.array(systemImpactSchema).register(z.globalRegistry, {
      description:
        'The systems the segmentation touches (those with a matched rule), highest impact first, then by systemId',
    }),
    rollout: rolloutPlanSchema,
    cadence: reviewCadenceSchema,
    openQuestions: z.array(openQuestionSchema).register(z.globalRegistry, {
      description:
        'Shown questions the plan reads (or the questionnaire requires) that have no usable answer, in questionnaire order; answering them firms up the plan',
    }),
    setAside: z.array(setAsideEntrySchema).register(z.globalRegistry, {
      description:
        'Answers and notes in the answers document that do not fit the current questions, kept with the reason rather than dropped; the plan does not use them',
    }),
    answerSheet: z.array(answerSheetEntrySchema).register(z.globalRegistry, {
      description: 'Every question in questionnaire order with its answer and note, for appendices and exports',
    }),
    /**
     * The sources the plan cites, in the library's order: those of each finding above "none", every
     * ranked method, each system, every rollout phase and each warning sign already showing.
     */
    sources: z.array(sourceSchema).register(z.globalRegistry, {
      description:
        "The sources the plan cites, in the library's order: those of each finding above `none`, every ranked method, each system, every rollout phase and each active warning sign",
    }),
    /** A workshop's alignment, on a team plan built from agreed answers; absent on one respondent's plan. */
    alignment: alignmentSchema.optional().register(z.globalRegistry, {
      description:
        "A workshop's alignment, on a team plan built from agreed answers: who took part, where they disagreed, what they decided; absent on one respondent's plan",
    }),
    /** Plain sentences about the inputs, e.g. a content-version mismatch. */
    notices: z.array(z.string()).register(z.globalRegistry, {
      description:
        'Plain sentences about the inputs, e.g. a content-version mismatch or answers set aside; empty when there is nothing to say',
    }),
  })
  .strict();
export type Plan = z.output<typeof planSchema>;
