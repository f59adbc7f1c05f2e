import { z } from 'zod';
import { conditionSchema } from './condition.ts';
import { articleRefSchema, questionIdSchema, slugSchema } from './ids.ts';
import { QUESTION_TYPES } from './question-types.ts';

/** One choice of a single- or multiple-choice question. */
export const optionSchema = z
  .object({
    /** Stable id, unique within the question. Rules and saved answers refer to it. */
    id: slugSchema,
    /** What the respondent reads. */
    label: z.string().min(1),
    /** Optional clarification shown under the label. */
    hint: z.string().min(1).optional(),
    /** For multiple choice: choosing this option clears the others (e.g. "none of these"). */
    exclusive: z.boolean().optional(),
    /**
     * Offer the option only when this holds, e.g. "loss of exclusivity" only in pharma and medtech.
     * Like a question's `visibleIf`, it may refer only to earlier questions. An answer naming a hidden
     * option counts as not given.
     */
    visibleIf: conditionSchema.optional(),
    /** How the plan names the thing the option stands for, e.g. `{ one: site, many: sites }` for a unit. */
    noun: z
      .object({ one: z.string().min(1), many: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();
export type Option = z.infer<typeof optionSchema>;

/**
 * Where a question's answers used to live, so answers files written against older content keep
 * their answer: the old question's value is carried over, each old option id mapped to a new one.
 * An old option with no mapping is set aside with the reason.
 */
export const movedFromSchema = z
  .object({
    /** The old question id; it must no longer exist in the bank. */
    question: questionIdSchema,
    /** Old option id to new option id, for choice questions. */
    options: z.record(slugSchema, slugSchema).optional(),
  })
  .strict();

/** One question of the bank. */
export const questionSchema = z
  .object({
    /** Stable id, `section.slug`. Never change it once published; change the wording instead. */
    id: questionIdSchema,
    type: z.enum(QUESTION_TYPES),
    /** The question as the respondent reads it. */
    prompt: z.string().min(1),
    /** Why the question is asked and how to answer it; shown on demand. */
    help: z.string().min(1),
    /**
     * A short noun phrase naming what the question is about, e.g. "the segmentation's goal".
     * Used in findings, the team view and CSV headers.
     */
    topic: z.string().min(1),
    /** Whether an answer (or "don't know") is needed to leave the step. */
    required: z.boolean().default(false),
    /** Offer an explicit "don't know". */
    allowDontKnow: z.boolean().default(false),
    /** Options, for single and multiple choice. */
    options: z.array(optionSchema).optional(),
    /**
     * `ascending` when the options (or scale points) run from least to most mature.
     * Tests use it to check that a better answer never lowers a readiness score.
     */
    order: z.enum(['ascending', 'none']).default('none'),
    /** For number questions: the unit shown beside the field, e.g. "reps". */
    unit: z.string().min(1).optional(),
    /** For number questions that accept 1: the unit after exactly 1, e.g. "rep" ("1 rep", "2 reps"). */
    unitOne: z.string().min(1).optional(),
    /** For number questions: the allowed range and whether decimals are allowed. */
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    /** For scale questions: what 1 and 5 mean. */
    scaleLabels: z.tuple([z.string().min(1), z.string().min(1)]).optional(),
    /** For text questions: the longest answer accepted. */
    maxLength: z.number().int().positive().optional(),
    /** Show the question only when this holds. It may refer only to earlier questions. */
    visibleIf: conditionSchema.optional(),
    /** Guide articles that help answer it, as `collection/id`. */
    related: z.array(articleRefSchema).default([]),
    /** The question this one replaces, whose answers are carried over. */
    movedFrom: movedFromSchema.optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const isChoice = q.type === 'single' || q.type === 'multiple';
    if (isChoice && (q.options === undefined || q.options.length < 2)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a ${q.type}-choice question needs at least 2 options`,
      });
    }
    if (!isChoice && q.options !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${q.type} question takes no options` });
    }
    if (q.type === 'number' && (q.min === undefined || q.max === undefined || q.unit === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a number question needs unit, min and max' });
    }
    if (q.unit !== undefined && q.unitOne === undefined && (q.min ?? 1) <= 1 && (q.max ?? 1) >= 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitOne'],
        message: `the question accepts 1, so it needs unitOne: the unit after 1 ("1 ${q.unit}" reads wrongly)`,
      });
    }
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: `min ${q.min} is above max ${q.max}` });
    }
    if (q.type === 'scale' && q.scaleLabels === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['scaleLabels'],
        message: 'a scale question needs scaleLabels for 1 and 5',
      });
    }
  });
export type Question = z.output<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;

/** One section of the questionnaire: one file in `content/questionnaire/`, one step of the form. */
export const sectionSchema = z
  .object({
    /** Stable id; every question id in the section starts with it. */
    id: slugSchema,
    /** Position in the flow, 1 first. Sections are shown in this order. */
    order: z.number().int().positive(),
    title: z.string().min(1),
    /** One or two sentences on what the section settles. */
    intro: z.string().min(1),
    questions: z.array(questionSchema).min(1),
  })
  .strict();
export type Section = z.output<typeof sectionSchema>;
