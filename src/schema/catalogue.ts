import { z } from 'zod';
import { questionIdSchema, slugSchema, sourceIdSchema } from './ids.ts';
import { conditionSchema, type Condition } from './condition.ts';
import { levelSchema } from './rule.ts';

/** Fields every guide article shares. The id is the file name and the page URL's last part. */
const articleBase = {
  /** Must equal the file name without `.mdx`. */
  id: slugSchema,
  title: z.string().min(1),
  /** One or two sentences: the article in brief, used on index pages, results and the PDF. */
  summary: z.string().min(1),
  /** Source tags from `content/sources/`, as DOMAIN.md cites them. */
  sources: z.array(sourceIdSchema).default([]),
};

/**
 * A line of catalogue text that reaches the plan (a rollout phase's owner and lists, a mistake's
 * remediation, a system's owner, changes, checklist and risks, a warning sign's check question):
 * plain text, or text that fits only some answers. The plan prints `text` when `when` holds for the
 * answers, else `otherwise` (itself a line, so choices can chain), else nothing; the guide page
 * always shows `text`. Write `when` so that an unanswered question keeps a sensible line: `not` the
 * answer that rules the line out, or an `otherwise` that reads well for everyone.
 */
export type ConditionalLine = string | { text: string; when: Condition; otherwise?: ConditionalLine | undefined };

export const conditionalLineSchema: z.ZodType<ConditionalLine> = z.lazy(() =>
  z.union([
    z.string().min(1),
    z
      .object({
        text: z.string().min(1),
        when: conditionSchema,
        otherwise: conditionalLineSchema.optional(),
      })
      .strict(),
  ]),
);

/** The line's text as the guide page shows it, whatever the answers. */
export const guideText = (line: ConditionalLine): string => (typeof line === 'string' ? line : line.text);

export const MISTAKE_CATEGORIES = [
  'purpose',
  'basis',
  'data',
  'design',
  'field',
  'systems',
  'rollout',
  'maintenance',
] as const;

/** A common segmentation mistake. */
export const mistakeSchema = z
  .object({
    ...articleBase,
    category: z.enum(MISTAKE_CATEGORIES),
    /** One of the seven core mistakes from the source article. */
    core: z.boolean().default(false),
    /** The risk when detection rules do not say otherwise. */
    severity: levelSchema,
    /** The questions whose answers detect it. */
    questions: z.array(questionIdSchema).min(1),
    /** The fix, as ordered, concrete steps. Shown in findings and the PDF; a step may depend on the answers. */
    remediation: z.array(conditionalLineSchema).min(1),
  })
  .strict();
export type Mistake = z.output<typeof mistakeSchema>;

export const SKILL_LEVELS = ['low', 'low-medium', 'medium', 'medium-high', 'high', 'very-high'] as const;

/** Layers a segment design can have (see src/schema/plan/design.ts). */
export const DESIGN_LAYER_KINDS = ['base', 'key-accounts', 'partners', 'overlay'] as const;
/** Who can deliver a treatment, in the order the plan prefers them when a shape lists several. */
export const DESIGN_CHANNELS = ['key-account', 'field', 'inside-sales', 'partner', 'digital'] as const;

/**
 * A method's default segment, before it meets an organisation: the engine sizes it, picks its
 * channel from the routes the organisation has, sets its frequency and checks capacity. `{unit}`
 * and `{units}` in the texts become the organisation's unit ("site", "sites").
 */
export const segmentShapeSchema = z
  .object({
    id: slugSchema,
    /** The name reps and managers will use. */
    name: z.string().min(1),
    /** The rule that places a unit in it, in plain words. */
    rule: z.string().min(1),
    /** The typical share of units, 0..1, used when no data gives the real one. */
    share: z.number().min(0).max(1),
    /** Calls as a share of the top segment's calls a year (1 the most, 0 none). */
    intensity: z.number().min(0).max(1),
    /** Who delivers it, most preferred first; the first route the organisation has is used. */
    channels: z.array(z.enum(DESIGN_CHANNELS)).min(1),
    /** What the owner does with these units. */
    activity: z.string().min(1),
  })
  .strict();
export type SegmentShape = z.output<typeof segmentShapeSchema>;

/** What a method contributes to a segment design. */
export const methodDesignSchema = z
  .object({
    /** The layers it can build: base (who gets how much effort), overlay (message, channel, behaviour), and so on. */
    layers: z.array(z.enum(DESIGN_LAYER_KINDS)).min(1),
    /** What the layer decides when this method builds it; `{unit}` and `{units}` are filled in. */
    purpose: z.string().min(1),
    /** The usual number of segments when it is not simply the default segments (e.g. research finds them). */
    count: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }).strict().optional(),
    /** Default segments, highest effort first; empty when research finds them. */
    segments: z.array(segmentShapeSchema),
    /**
     * Findings that contradict this method's defining trait: a base layer never uses the method while
     * one of them is at medium risk or above, unless its `resolution` applies, and the plan then says
     * in one sentence why the trade-off is deliberate.
     */
    contradictedBy: z
      .array(
        z
          .object({
            mistake: slugSchema,
            resolution: z
              .object({ text: z.string().min(1), when: conditionSchema.optional() })
              .strict()
              .optional(),
          })
          .strict(),
      )
      .default([]),
    /** For a two-axis method, how the segments fill the grid: one row of segment ids per row value. */
    grid: z
      .object({
        rows: z.object({ label: z.string().min(1), values: z.array(z.string().min(1)).min(2) }).strict(),
        columns: z.object({ label: z.string().min(1), values: z.array(z.string().min(1)).min(2) }).strict(),
        cells: z.array(z.array(slugSchema).min(2)).min(2),
      })
      .strict()
      .optional(),
  })
  .strict();
export type MethodDesign = z.output<typeof methodDesignSchema>;

/** A segmentation method. */
export const methodSchema = z
  .object({
    ...articleBase,
    /** A short name for tables, e.g. "Market data". */
    shortName: z.string().min(1).max(40),
    /** The data it needs. */
    data: z.array(z.string().min(1)).min(1),
    skill: z.enum(SKILL_LEVELS),
    /** `$` under a month of analyst time; `$$` 1-3 months or a data licence; `$$$` 3-6+ months with research. */
    cost: z.enum(['$', '$$', '$$$']),
    weeks: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }).strict(),
    strengths: z.array(z.string().min(1)).min(1),
    weaknesses: z.array(z.string().min(1)).min(1),
    chooseWhen: z.string().min(1),
    /** Whether practitioners really use it, and how. */
    inPractice: z.string().min(1),
    /** What the method contributes to a segment design: its layers and default segments. */
    design: methodDesignSchema,
    /** Fit before any rule applies; rules add or take away points. */
    baseFit: z.number().min(0).max(100),
  })
  .strict();
export type Method = z.output<typeof methodSchema>;

/** A system that holds or uses segment data. */
export const systemSchema = z
  .object({
    ...articleBase,
    /** Typical owner, used when the respondent does not name one; it must give a text for every answer. */
    owner: conditionalLineSchema,
    /** A question whose answer names this organisation's owner, if the bank asks. */
    ownerQuestion: questionIdSchema.optional(),
    /** What changes in the system when segments change. */
    changes: z.array(conditionalLineSchema).min(1),
    /** The re-segmentation checklist. */
    checklist: z.array(conditionalLineSchema).min(1),
    /** Traps and risks. */
    risks: z.array(conditionalLineSchema).min(1),
  })
  .strict();
export type SystemArticle = z.output<typeof systemSchema>;

/** The lists of a rollout phase that may hold conditional lines. */
export const PHASE_LINE_LISTS = [
  'audiences',
  'messages',
  'materials',
  'activities',
  'deliverables',
  'exitCriteria',
] as const;

/** A phase of the rollout playbook. */
export const rolloutPhaseSchema = z
  .object({
    ...articleBase,
    /** Position in the rollout, 1 first. */
    order: z.number().int().positive(),
    /**
     * The phase takes the base method's typical length (the middle of its weeks), kept within this
     * phase's min and max, instead of `weeks.typical`.
     */
    methodWeeks: z.boolean().default(false),
    /** The segments are in use when this phase ends; a deadline is judged against its end. */
    launch: z.boolean().default(false),
    /** Dropped when a deadline leaves no time for it (the first cycle after launch is then the test). */
    droppedUnderDeadline: z.boolean().default(false),
    /** Typical duration; the plan starts from `weeks.typical` and rules adjust it. */
    weeks: z
      .object({
        min: z.number().int().positive(),
        typical: z.number().int().positive(),
        max: z.number().int().positive(),
      })
      .strict(),
    /** Who runs the phase; it must give a text for every answer. */
    owner: conditionalLineSchema,
    audiences: z.array(conditionalLineSchema).min(1),
    messages: z.array(conditionalLineSchema).min(1),
    materials: z.array(conditionalLineSchema).min(1),
    activities: z.array(conditionalLineSchema).min(1),
    deliverables: z.array(conditionalLineSchema).min(1),
    exitCriteria: z.array(conditionalLineSchema).min(1),
  })
  .strict();
export type RolloutPhase = z.output<typeof rolloutPhaseSchema>;

/** A signal that a segmentation needs review. */
export const warningSignSchema = z
  .object({
    ...articleBase,
    /** What it calls for: a design review, a membership refresh, or both. */
    review: z.enum(['design', 'membership', 'both']),
    /** A question to ask at each review, for the reusable checklist; it must give a text for every answer. */
    checkQuestion: conditionalLineSchema,
    questions: z.array(questionIdSchema).default([]),
  })
  .strict();
export type WarningSign = z.output<typeof warningSignSchema>;

/** A general guide page, e.g. "Why segmentations fail". */
export const guideSchema = z
  .object({
    ...articleBase,
    /** Position on the guide index. */
    order: z.number().int().positive(),
  })
  .strict();
export type Guide = z.output<typeof guideSchema>;

/** A cited source, as listed at the end of DOMAIN.md. */
export const sourceSchema = z
  .object({
    id: sourceIdSchema.describe('The source tag, e.g. "S5", by which guide articles and plans cite it'),
    /** Author(s) or organisation and title, as cited. */
    citation: z.string().min(1).describe('Author(s) or organisation and title, as cited'),
    /** Where to find it, without a scheme, so the site makes no outside link requests. */
    location: z.string().min(1).optional().register(z.globalRegistry, {
      description: 'Where to find it, e.g. an address without its scheme (no "https://"); absent when not given',
    }),
  })
  .strict();
export type Source = z.output<typeof sourceSchema>;
export const sourceFileSchema = z.object({ sources: z.array(sourceSchema).min(1) }).strict();

/** The readiness dimensions and the level labels for scores. */
export const readinessModelSchema = z
  .object({
    dimensions: z
      .array(
        z
          .object({
            id: slugSchema,
            title: z.string().min(1),
            description: z.string().min(1),
            /** Weight in the overall score. */
            weight: z.number().positive(),
          })
          .strict(),
      )
      .min(6),
    /** Level labels; a score gets the label of the highest `min` it reaches. One level must start at 0. */
    levels: z
      .array(
        z.object({ min: z.number().min(0).max(100), label: z.string().min(1), meaning: z.string().min(1) }).strict(),
      )
      .min(2),
  })
  .strict();
export type ReadinessModel = z.output<typeof readinessModelSchema>;

/** A value that depends on the answers: the first entry whose `when` holds is used; the last has no `when`. */
const conditionalValues = <T extends z.ZodType>(value: T) =>
  z
    .array(z.object({ value, when: conditionSchema.optional() }).strict())
    .min(1)
    .refine((list) => list.at(-1)?.when === undefined, 'the last entry must have no `when`: it is the default');

/** A text that depends on the answers: the first entry whose `when` holds is used; the last has no `when`. */
const conditionalTexts = z
  .array(z.object({ text: z.string().min(1), when: conditionSchema.optional() }).strict())
  .min(1)
  .refine((list) => list.at(-1)?.when === undefined, 'the last entry must have no `when`: it is the default');

/** The template of a layer the design adds above or beside the base: key accounts or partners. */
const layerTemplateSchema = z
  .object({
    purpose: z.string().min(1),
    /** Calls a year to the template's top segment. */
    topCallsPerYear: z.number().int().positive(),
    segments: z.array(segmentShapeSchema).min(2),
  })
  .strict();

/**
 * The questions the design reads, by role, so the questionnaire can change without code. Each names
 * a question id; the integrity check makes sure it exists and has the right type. A role left out
 * is treated as unanswered, and the plan says which figure it lacks.
 */
const designInputsSchema = z
  .object({
    /** Single choice: the unit segmented; each option's `noun` names it in the plan. */
    unit: questionIdSchema.optional(),
    /** Number: the units in scope. */
    units: questionIdSchema.optional(),
    /** Number: the groups or parents above the unit. */
    groups: questionIdSchema.optional(),
    /** Multiple choice: the routes to market; option ids are mapped to channels by `routeChannels`. */
    routes: questionIdSchema.optional(),
    /** Number questions for the people in each channel and what one person delivers a year. */
    fieldReps: questionIdSchema.optional(),
    callsPerRep: questionIdSchema.optional(),
    keyAccountManagers: questionIdSchema.optional(),
    keyAccounts: questionIdSchema.optional(),
    insideReps: questionIdSchema.optional(),
    insideCalls: questionIdSchema.optional(),
    /** Number: the distinct treatments the company can fund; a ceiling on base segments. */
    treatments: questionIdSchema.optional(),
  })
  .strict();

/** How a method's default segments become one organisation's design (content/design/design.yaml). */
export const designSettingsSchema = z
  .object({
    inputs: designInputsSchema,
    /** The channel each route option stands for; a route with no channel here is ignored. */
    routeChannels: z.record(slugSchema, z.enum(DESIGN_CHANNELS)),
    /** Field calls a year to the top base segment. */
    topCallsPerYear: conditionalValues(z.number().int().positive()),
    /** The fewest calls a year for a segment inside sales serves (the lightest tiers get this). */
    insideCallsPerYear: z.number().int().positive(),
    /**
     * Inside-sales calls a year at full intensity; a segment gets this times its intensity, never fewer
     * than `insideCallsPerYear`, so tiers handed to inside sales stay distinct.
     */
    insideTopCallsPerYear: z.number().int().positive(),
    /** Calls a year for a no-call segment that inside sales reviews. */
    insideReviewCallsPerYear: z.number().int().positive(),
    /** The band of field utilisation the design aims for. */
    utilisation: z
      .object({ low: z.number().positive(), target: z.number().positive(), high: z.number().positive() })
      .strict(),
    /** How far field frequencies may move from the default to fit capacity. */
    frequencyScale: z.object({ min: z.number().positive(), max: z.number().positive() }).strict(),
    /** A key-account manager's normal book, in named accounts. */
    books: z.object({ low: z.number().positive(), high: z.number().positive() }).strict(),
    /** Who owns a segment in each channel. */
    owners: z
      .object({
        'key-account': conditionalTexts,
        field: conditionalTexts,
        'inside-sales': conditionalTexts,
        partner: conditionalTexts,
        digital: conditionalTexts,
      })
      .strict(),
    keyAccounts: layerTemplateSchema,
    partners: layerTemplateSchema,
    /** The question that says how soon the segments must be in use, and the weeks each answer allows. */
    deadline: z
      .object({
        question: questionIdSchema,
        weeks: z.record(slugSchema, z.number().int().positive()),
        /** The question that says what sets the date, and its answers for a date the organisation set itself (which can move). */
        cause: z.object({ question: questionIdSchema, movable: z.array(slugSchema) }).strict(),
        /** Why a phase before the launch is shortened to meet the date; the placeholders below are filled in. */
        shortened: z.string().min(1),
        /** Why a phase marked `droppedUnderDeadline` goes; the placeholders below are filled in. */
        pilotDropped: z.string().min(1),
        /** The plan's note when the date can move; `{planned}`, `{deadline}`, `{launch}`, `{method}` are filled in. */
        movable: z.string().min(1),
        /** The plan's note when shortening the phases up to launch meets the date; same placeholders. */
        compressed: z.string().min(1),
        /** The plan's note when dropping the pilot and launching on the data held meets the date; same placeholders. */
        met: z.string().min(1),
        /** The plan's note when even the fast path misses it; same placeholders. */
        missed: z.string().min(1),
      })
      .strict()
      .optional(),
  })
  .strict();
export type DesignSettings = z.output<typeof designSettingsSchema>;
