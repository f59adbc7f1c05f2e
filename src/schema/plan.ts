import { z } from 'zod';
import { answerValueSchema } from './answer-value.ts';
import { answersMetaSchema, isoDateSchema } from './answers.ts';
import { MISTAKE_CATEGORIES } from './catalogue.ts';
import { articleRefSchema } from './ids.ts';
import { FACTS, levelSchema } from './rule.ts';

/** The plan format version. */
export const PLAN_SCHEMA_VERSION = 1;

const score100 = z.number().min(0).max(100);

/** How a question stands in these answers. `hidden`: answered, but its visibility condition is false. */
export const answerStatusSchema = z.enum(['answered', 'dontKnow', 'unanswered', 'hidden']);
export type AnswerStatus = z.output<typeof answerStatusSchema>;

/** One answer quoted as evidence: enough to show it, quote it in the PDF and link back to edit it. */
export const evidenceSchema = z
  .object({
    questionId: z.string(),
    /** The section (questionnaire step) holding the question, for an "edit this answer" link. */
    sectionId: z.string(),
    /** Short noun phrase naming what the question is about. */
    topic: z.string(),
    prompt: z.string(),
    status: answerStatusSchema,
    /** The answer as recorded; null when unanswered. */
    answer: answerValueSchema.nullable(),
    /** The answer as the respondent saw it: option labels, "250 reps", "4 of 5", the text, or "Don't know". */
    answerLabels: z.array(z.string()),
  })
  .strict();
export type Evidence = z.output<typeof evidenceSchema>;

/** Why part of the plan is what it is: a content rule that matched and the answers that made it match. */
export const reasonSchema = z
  .object({
    /** The rule (or readiness item) that matched. */
    ruleId: z.string(),
    /** The rule's plain-language reason. */
    because: z.string(),
    /** The answers its condition tested; empty for a rule that always applies. */
    evidence: z.array(evidenceSchema),
  })
  .strict();
export type Reason = z.output<typeof reasonSchema>;

/** A level label from the readiness model. */
export const levelLabelSchema = z.object({ label: z.string(), meaning: z.string() }).strict();

/** One scored readiness item: a prerequisite scored 0..1 by the first step that held. */
export const readinessItemSchema = reasonSchema
  .extend({ score: z.number().min(0).max(1), weight: z.number().positive() })
  .strict();
export type ReadinessItem = z.output<typeof readinessItemSchema>;

/** A readiness item no step could score: its questions are unanswered, hidden or "don't know". */
export const unknownItemSchema = z
  .object({
    ruleId: z.string(),
    /** The shown questions whose answers would let it be scored; empty when they are all hidden (the item does not apply). */
    questionIds: z.array(z.string()),
  })
  .strict();

/** One readiness dimension. */
export const dimensionScoreSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    weight: z.number().positive(),
    /** 0..100, or null when no item of the dimension could be scored. */
    score: score100.nullable(),
    level: levelLabelSchema.nullable(),
    /** Items scoring RAISES_FROM (0.75, engine/readiness-basis.ts) or more, best first. */
    raised: z.array(readinessItemSchema),
    /** Items scoring under RAISES_FROM, worst first. */
    lowered: z.array(readinessItemSchema),
    unknown: z.array(unknownItemSchema),
  })
  .strict();
export type DimensionScore = z.output<typeof dimensionScoreSchema>;

export const readinessSchema = z
  .object({
    /** Weighted mean of the known dimension scores; null when none is known. */
    score: score100.nullable(),
    level: levelLabelSchema.nullable(),
    dimensions: z.array(dimensionScoreSchema),
  })
  .strict();
export type Readiness = z.output<typeof readinessSchema>;

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
  })
  .strict();
export type MistakeFinding = z.output<typeof mistakeFindingSchema>;

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

/** A numeric fact the segment count reads, and where it came from. */
export const factValueSchema = z
  .object({
    fact: z.enum(FACTS),
    /** Null when no rule yielded a value. */
    value: z.number().nullable(),
    /** The rule that yielded it, with its reason and evidence; null when none did. */
    source: reasonSchema.nullable(),
  })
  .strict();
export type FactValue = z.output<typeof factValueSchema>;

export const segmentWarningSchema = z
  .object({
    id: z.enum([
      'more-segments-than-reps-carry',
      'more-treatments-than-reps-carry',
      'segments-too-small',
      'capacity-below-accounts',
      'too-few-segments',
    ]),
    message: z.string(),
  })
  .strict();
export type SegmentWarning = z.output<typeof segmentWarningSchema>;

export const segmentCountSchema = z
  .object({
    /** The recommended number of segments, inclusive. */
    min: z.number().int().min(1),
    max: z.number().int().min(1),
    /** The most segments the answers can support; null when no limiting fact is known. */
    ceiling: z.number().int().min(1).nullable(),
    facts: z.array(factValueSchema),
    /** The calculation in plain sentences, in order. */
    reasoning: z.array(z.string()),
    warnings: z.array(segmentWarningSchema),
  })
  .strict();
export type SegmentCount = z.output<typeof segmentCountSchema>;

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
  })
  .strict();
export type SystemImpact = z.output<typeof systemImpactSchema>;

/** One rollout phase with its dates. */
export const rolloutPhasePlanSchema = z
  .object({
    phaseId: z.string(),
    title: z.string(),
    order: z.number().int().positive(),
    included: z.boolean(),
    /** First day, ISO; null when the phase is skipped. */
    start: isoDateSchema.nullable(),
    /** Last day (inclusive), ISO; null when the phase is skipped. */
    end: isoDateSchema.nullable(),
    /** Planned weeks; 0 when skipped. */
    weeks: z.number().int().min(0),
    typicalWeeks: z.number().int().positive(),
    /** Rules that lengthened or shortened it. */
    adjustments: z.array(reasonSchema.extend({ addWeeks: z.number().int() }).strict()),
    /** Rules that removed it; empty when included. */
    skippedBecause: z.array(reasonSchema),
    owner: z.string(),
    audiences: z.array(z.string()),
    messages: z.array(z.string()),
    materials: z.array(z.string()),
    activities: z.array(z.string()),
    deliverables: z.array(z.string()),
    exitCriteria: z.array(z.string()),
    article: articleRefSchema,
  })
  .strict();
export type RolloutPhasePlan = z.output<typeof rolloutPhasePlanSchema>;

export const rolloutPlanSchema = z
  .object({
    /** The first day of the first phase. */
    start: isoDateSchema,
    /** `answer`: the planned start date; `document-date`: the answers' date, because no valid start date was given. */
    startSource: z.enum(['answer', 'document-date']),
    /** The last day of the last included phase. */
    end: isoDateSchema,
    totalWeeks: z.number().int().min(0),
    /** Every phase in order; skipped phases are kept with `included: false`. */
    phases: z.array(rolloutPhasePlanSchema),
  })
  .strict();
export type RolloutPlan = z.output<typeof rolloutPlanSchema>;

/** A warning sign and whether the answers show it now. */
export const warningSignStatusSchema = z
  .object({
    signId: z.string(),
    title: z.string(),
    review: z.enum(['design', 'membership', 'both']),
    /** The question to ask at every review. */
    checkQuestion: z.string(),
    active: z.boolean(),
    reasons: z.array(reasonSchema),
    article: articleRefSchema,
  })
  .strict();
export type WarningSignStatus = z.output<typeof warningSignStatusSchema>;

/** One review interval and why. */
export const intervalSchema = z
  .object({
    months: z.number().int().positive(),
    /**
     * `rule` when a cadence rule that reads the answers set it; `default` when only an always-true
     * rule (its reason given) or, with no rule at all, the built-in default did.
     */
    source: z.enum(['rule', 'default']),
    reasons: z.array(reasonSchema),
  })
  .strict();

export const reviewCadenceSchema = z
  .object({
    design: intervalSchema,
    membership: intervalSchema,
    owner: z.string(),
    ownerSource: z.enum(['answer', 'default']),
    /** Every warning sign, active ones first: the checklist for each review. */
    triggers: z.array(warningSignStatusSchema),
  })
  .strict();
export type ReviewCadence = z.output<typeof reviewCadenceSchema>;

/** Plan parts a question can feed. */
export const PLAN_PARTS = [
  'visibility',
  'readiness',
  'mistakes',
  'method',
  'segment-count',
  'systems',
  'rollout',
  'cadence',
  'warning-signs',
] as const;

/** A question the plan would use but has no usable answer for. */
export const openQuestionSchema = z
  .object({
    questionId: z.string(),
    sectionId: z.string(),
    sectionTitle: z.string(),
    prompt: z.string(),
    topic: z.string(),
    /** `invalid`: answered, but the answer cannot be used (e.g. a start date that is not a date). */
    status: z.enum(['unanswered', 'dontKnow', 'invalid']),
    required: z.boolean(),
    /** The plan parts whose rules read this question. */
    usedBy: z.array(z.enum(PLAN_PARTS)),
    /** What the plan assumed instead, when it had to assume something. */
    assumption: z.string().nullable(),
  })
  .strict();
export type OpenQuestion = z.output<typeof openQuestionSchema>;

export const confidenceSchema = z
  .object({
    /** Share of the plan's inputs that are answered, weighted by how many rules read each question. */
    score: score100,
    level: z.enum(['low', 'medium', 'high']),
    /** One sentence stating the basis of the score. */
    statement: z.string(),
    questionsUsed: z.number().int().min(0),
    answered: z.number().int().min(0),
    dontKnow: z.number().int().min(0),
    unanswered: z.number().int().min(0),
  })
  .strict();
export type Confidence = z.output<typeof confidenceSchema>;

/** An answer or note that could not be used, kept aside with the reason rather than dropped. */
export const setAsideEntrySchema = z
  .object({
    part: z.enum(['answer', 'note']),
    /** The key as written in the file. */
    key: z.string(),
    /** The value as JSON, cut to 200 characters. */
    value: z.string(),
    reason: z.string(),
  })
  .strict();
export type SetAsideEntry = z.output<typeof setAsideEntrySchema>;

/** Every question in flow order with its answer and note, for appendices and exports. */
export const answerSheetEntrySchema = z
  .object({
    questionId: z.string(),
    sectionId: z.string(),
    sectionTitle: z.string(),
    prompt: z.string(),
    topic: z.string(),
    status: answerStatusSchema,
    answer: answerValueSchema.nullable(),
    answerLabels: z.array(z.string()),
    note: z.string().nullable(),
  })
  .strict();
export type AnswerSheetEntry = z.output<typeof answerSheetEntrySchema>;

/** The one-page view: what an executive summary needs, already chosen. */
export const planSummarySchema = z
  .object({
    readinessScore: score100.nullable(),
    readinessLevel: z.string().nullable(),
    /** Up to three findings above `none`, highest risk first, preferring ones raised by different answers (engine/summary.ts). */
    topRisks: z.array(z.object({ mistakeId: z.string(), title: z.string(), risk: riskSchema }).strict()),
    recommendedMethod: z.object({ methodId: z.string(), title: z.string() }).strict().nullable(),
    segmentRange: z.object({ min: z.number().int(), max: z.number().int() }).strict(),
    /** Three concrete next steps, taken from the remediation of the top risks, then from the first rollout phase. */
    nextActions: z.array(z.string()),
  })
  .strict();
export type PlanSummary = z.output<typeof planSummarySchema>;

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
    segmentCount: segmentCountSchema,
    /** Systems in use, highest impact first. */
    systems: z.array(systemImpactSchema),
    rollout: rolloutPlanSchema,
    cadence: reviewCadenceSchema,
    openQuestions: z.array(openQuestionSchema),
    setAside: z.array(setAsideEntrySchema),
    answerSheet: z.array(answerSheetEntrySchema),
    /** Plain sentences about the inputs, e.g. a content-version mismatch. */
    notices: z.array(z.string()),
  })
  .strict();
export type Plan = z.output<typeof planSchema>;
