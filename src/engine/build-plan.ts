import type { LooseAnswersDocument } from '../schema/answers.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import type { Plan } from '../schema/plan/index.ts';
import { PLAN_SCHEMA_VERSION } from '../schema/plan/version.ts';
import { answerSheet } from './answer-sheet.ts';
import { reconcileAnswers } from './answers/reconcile.ts';
import { reviewCadence } from './cadence.ts';
import { citedSources } from './citations.ts';
import { buildDesign, designFacts } from './design/build-design.ts';
import { withDesignFacts, type PlanContext } from './evidence.ts';
import { recommendMethod } from './methods/recommend-method.ts';
import { mistakeFindings } from './mistakes.ts';
import { openQuestions, planConfidence } from './open-questions.ts';
import { prepareContent, START_DATE_QUESTION } from './prepare.ts';
import { readinessScore } from './readiness.ts';
import { rolloutPlan } from './rollout.ts';
import { recommendSegmentCount, segmentLimits } from './segment-count.ts';
import { planSummary } from './summary.ts';
import { systemsImpact } from './systems.ts';
import { resolveVisibility } from './visibility.ts';

/**
 * Turn content and answers into the complete, explained plan. Pure and deterministic: the same
 * content and answers always give an identical plan. Answers that do not fit the current content
 * are set aside (and listed in `setAside`), never used and never dropped.
 */
export function buildPlan(content: ContentBundle, answers: LooseAnswersDocument): Plan {
  const prepared = prepareContent(content);
  const reconciled = reconcileAnswers(content, answers);
  const context: PlanContext = {
    prepared,
    answers: reconciled.answers,
    ...resolveVisibility(prepared, reconciled.answers),
    evidenceCache: new Map(),
  };

  const readiness = readinessScore(context);
  const findings = mistakeFindings(context);
  const method = recommendMethod(context);
  const limits = segmentLimits(context);
  const design = buildDesign(context, method, findings, limits);
  const segmentCount = recommendSegmentCount(limits, design);
  // Systems, rollout and cadence can speak of the design itself: the channels and layers it uses.
  const designed = withDesignFacts(context, designFacts(design));
  const systems = systemsImpact(designed);
  const baseLayer = design.layers.find((l) => l.kind === 'base');
  const baseFit = method.ranking.find((m) => m.methodId === baseLayer?.methodId);
  const rollout = rolloutPlan(designed, answers.meta.date, {
    methodTitle: baseFit?.title ?? null,
    methodWeeks: baseFit?.weeks ?? null,
  });
  const cadence = reviewCadence(designed);
  const assumption =
    rollout.startSource === 'answer' ? null : `The rollout dates count from ${rollout.start}, the date of the answers.`;

  const notices: string[] = [];
  const contentVersion = content.settings.contentVersion;
  if (answers.contentVersion !== contentVersion) {
    notices.push(
      `The answers were given against content version ${answers.contentVersion}; this plan uses version ${contentVersion}.`,
    );
  }
  if (reconciled.setAside.length > 0) {
    notices.push(
      `${reconciled.setAside.length} answer${reconciled.setAside.length === 1 ? ' or note does' : 's or notes do'} not fit the current questions and ${reconciled.setAside.length === 1 ? 'was' : 'were'} set aside; they are listed with the reason for each.`,
    );
  }
  if (assumption !== null && !prepared.questionById.has(START_DATE_QUESTION)) notices.push(assumption);

  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    contentVersion,
    answersContentVersion: answers.contentVersion,
    meta: { ...answers.meta },
    summary: planSummary(
      readiness,
      findings,
      method,
      segmentCount,
      rollout,
      baseFit === undefined || baseFit.blocked ? null : baseFit.methodId,
    ),
    confidence: planConfidence(context),
    readiness,
    mistakeFindings: findings,
    method,
    design,
    segmentCount,
    systems,
    rollout,
    cadence,
    openQuestions: openQuestions(context, assumption, reconciled.setAside),
    setAside: [...reconciled.setAside],
    answerSheet: answerSheet(context, reconciled.notes),
    sources: citedSources(content.sources, { mistakeFindings: findings, method, systems, rollout, cadence }),
    notices,
  };
}
