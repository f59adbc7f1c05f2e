import { z } from 'zod';
import { DESIGN_CHANNELS } from './catalogue.ts';
import { questionIdSchema } from './ids.ts';
import { PLAN_PARTS } from './plan/open-questions.ts';

/** Plan parts an open question can feed, as the quick result names them: every part but visibility. */
const quickCheckPartSchema = z.enum(PLAN_PARTS).exclude(['visibility']);
export type QuickCheckPart = z.output<typeof quickCheckPartSchema>;

/** One step of the quick check: a few questions of the full questionnaire under a short heading. */
export const quickCheckStepSchema = z
  .object({
    /** The step's heading, e.g. "Your business". */
    title: z.string().min(1),
    /** One sentence under the heading: why these questions come together. */
    intro: z.string().min(1),
    /** Ids of questions in the full questionnaire, asked in this order. */
    questions: z.array(questionIdSchema).min(1),
  })
  .strict();
export type QuickCheckStep = z.output<typeof quickCheckStepSchema>;

/**
 * The quick check in `content/quick-check/`: which questions of the full questionnaire it asks, in
 * which steps, and the sentences its result is written in. The content check makes sure every
 * question exists and can be shown (src/content-model/integrity/quick-check.ts).
 */
export const quickCheckSchema = z
  .object({
    /** The name of the quick check as pages, the PDF cover and the Markdown plan print it. */
    label: z.string().min(1).max(40),
    /** About how many minutes it takes, shown on the home page. */
    minutes: z.number().int().positive().max(30),
    /** The paragraph above the first step. */
    intro: z.string().min(1),
    steps: z.array(quickCheckStepSchema).min(1),
    result: z
      .object({
        /** The confidence in plain words; {answered}, {asked}, {score}, {level}, {used} and {open} are filled in. */
        statement: z.string().min(1),
        /** What the quick check does not ask about, so its short plan leaves out. */
        leftOut: z.string().min(1),
        /** Said when some readiness dimensions have no score; {scored} and {dimensions} are filled in. */
        readiness: z.string().min(1),
        /** One sentence per effect an open question would have on the plan. */
        effects: z
          .object({
            /** {method}: the method an answer could put first. */
            method: z.string().min(1),
            /** {mistake}: the mistake an answer could raise to high risk. */
            risk: z.string().min(1),
            /** {channel}: the channel whose capacity check waits for the answer. */
            capacity: z.string().min(1),
            /** {dimension}: the readiness dimension the answer would give a first score. */
            readiness: z.string().min(1),
            /** {parts}: the parts of the plan the answer feeds, when it changes nothing outright. */
            firmsUp: z.string().min(1),
          })
          .strict(),
        /** How {parts} names each part of the plan. */
        parts: z.record(quickCheckPartSchema, z.string().min(1)),
        /** How {channel} names each calling channel. */
        channels: z.record(z.enum(DESIGN_CHANNELS), z.string().min(1)),
        /** How many open questions the result lists. */
        listed: z.number().int().min(1).max(30),
      })
      .strict(),
  })
  .strict();
export type QuickCheck = z.output<typeof quickCheckSchema>;

export { quickCheckQuestionIds } from './quick-check-ids.ts';
