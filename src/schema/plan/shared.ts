import { z } from 'zod';

/** A score from 0 to 100. */
export const score100 = z.number().min(0).max(100);

// The fields that name a question, the same wherever the plan quotes one (evidence, answer
// changes, the answer sheet, open questions, alignment), so each is described once.

/** A question's published id. */
export const questionIdField = z
  .string()
  .describe(
    'The question\'s id, `section.question-slug` (e.g. "readiness.objective"); ids stay the same across content versions, wording can change',
  );

/** The section (questionnaire step) holding a question. */
export const sectionIdField = z
  .string()
  .describe('The id of the section (questionnaire step) that holds the question, e.g. "readiness"');

/** That section's title. */
export const sectionTitleField = z.string().describe('The title of the section that holds the question');

/** The question as the respondent reads it. */
export const promptField = z.string().describe('The question as the respondent reads it');

/** Short noun phrase naming what a question is about. */
export const topicField = z
  .string()
  .describe(
    'A short noun phrase naming what the question is about, e.g. "executive sponsorship", for use in lists and sentences',
  );
