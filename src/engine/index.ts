/**
 * The engine's public surface. Pure: no React, no Astro, no file system, no clock. The results
 * page, the PDF and the command line all call `buildPlan` the same way.
 */
export { buildPlan } from './build-plan.ts';
export { prepareContent, START_DATE_QUESTION, type PreparedContent } from './prepare.ts';
export { reconcileAnswers, type ReconciledAnswers } from './answers/reconcile.ts';
export { answerMisfit } from './answers/answer-fit.ts';
export {
  parseAnswersDocument,
  parseAnswersJson,
  type AnswersParseResult,
  type DocumentProblem,
} from './answers/parse.ts';
export { resolveVisibility, visibleQuestionIds, type Visibility } from './visibility.ts';
export { conditionHolds, conditionEvidence, conditionQuestions } from './conditions.ts';
export { answerLabels } from './answer-labels.ts';
export { answersTemplate } from './answers-template.ts';
