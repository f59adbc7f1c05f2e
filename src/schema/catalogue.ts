import { z } from 'zod';
import { questionIdSchema, slugSchema, sourceIdSchema } from './ids.ts';
import { conditionSchema } from './condition.ts';
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
    /** The fix, as ordered, concrete steps. Shown in findings and the PDF. */
    remediation: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Mistake = z.output<typeof mistakeSchema>;

export const SKILL_LEVELS = ['low', 'low-medium', 'medium', 'medium-high', 'high', 'very-high'] as const;

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
    /** Fit before any rule applies; rules add or take away points. */
    baseFit: z.number().min(0).max(100),
  })
  .strict();
export type Method = z.output<typeof methodSchema>;

/** A system that holds or uses segment data. */
export const systemSchema = z
  .object({
    ...articleBase,
    /** Typical owner, used when the respondent does not name one. */
    owner: z.string().min(1),
    /** A question whose answer names this organisation's owner, if the bank asks. */
    ownerQuestion: questionIdSchema.optional(),
    /** What changes in the system when segments change. */
    changes: z.array(z.string().min(1)).min(1),
    /** The re-segmentation checklist. */
    checklist: z.array(z.string().min(1)).min(1),
    /** Traps and risks. */
    risks: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type SystemArticle = z.output<typeof systemSchema>;

/**
 * A line of a rollout phase (an audience, message, material, activity, deliverable or exit
 * criterion): plain text, or text that fits only some answers. The plan prints `text` when `when`
 * holds for the answers, else `otherwise`, else nothing; the guide page always shows `text`.
 * Write `when` so that it holds when the answers say nothing: `not` the answer that rules the
 * line out, so an unanswered question keeps the line.
 */
export const phaseLineSchema = z.union([
  z.string().min(1),
  z
    .object({
      text: z.string().min(1),
      when: conditionSchema,
      otherwise: z.string().min(1).optional(),
    })
    .strict(),
]);
export type PhaseLine = z.output<typeof phaseLineSchema>;

/** The line's text as the guide page shows it, whatever the answers. */
export const phaseLineText = (line: PhaseLine): string => (typeof line === 'string' ? line : line.text);

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
    /** Typical duration; the plan starts from `weeks.typical` and rules adjust it. */
    weeks: z
      .object({
        min: z.number().int().positive(),
        typical: z.number().int().positive(),
        max: z.number().int().positive(),
      })
      .strict(),
    owner: z.string().min(1),
    audiences: z.array(phaseLineSchema).min(1),
    messages: z.array(phaseLineSchema).min(1),
    materials: z.array(phaseLineSchema).min(1),
    activities: z.array(phaseLineSchema).min(1),
    deliverables: z.array(phaseLineSchema).min(1),
    exitCriteria: z.array(phaseLineSchema).min(1),
  })
  .strict();
export type RolloutPhase = z.output<typeof rolloutPhaseSchema>;

/** A signal that a segmentation needs review. */
export const warningSignSchema = z
  .object({
    ...articleBase,
    /** What it calls for: a design review, a membership refresh, or both. */
    review: z.enum(['design', 'membership', 'both']),
    /** A question to ask at each review, for the reusable checklist. */
    checkQuestion: z.string().min(1),
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
