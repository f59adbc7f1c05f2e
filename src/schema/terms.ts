import { z } from 'zod';
import { questionIdSchema, slugSchema } from './ids.ts';

/**
 * Words that belong to some industries only (`content/terms/`): "HCP" and "formulary" to pharma and
 * medtech, "loss of exclusivity" to pharma. A plan line that names one must carry a condition that
 * limits the industry question to those industries (the content check in
 * src/content-model/integrity/terms.ts), so a bank's plan never speaks of prescribers.
 */
export const industryTermsSchema = z
  .object({
    /** The single-choice question whose answer names the organisation's industry. */
    question: questionIdSchema,
    terms: z
      .array(
        z
          .object({
            /** The word or phrase, matched as whole words, any case, with or without a plural "s". */
            term: z.string().min(1),
            /** Options of `question`: the industries where the term is the everyday word. */
            industries: z.array(slugSchema).min(1),
            /** Why it belongs there, or the word to use elsewhere; for content authors only. */
            note: z.string().min(1).optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type IndustryTerms = z.output<typeof industryTermsSchema>;
