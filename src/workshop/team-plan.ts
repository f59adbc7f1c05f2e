// The team plan: the plan built from the agreed answers, carrying the workshop's alignment, so
// every renderer (page, PDF) shows the same. Where the team differs and nobody has agreed an
// answer yet, the plan says so and its confidence is lowered (see `teamConfidence`).
import { buildPlan } from '../engine/build-plan.ts';
import type { AnswersDocument } from '../schema/answers.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import type { Plan } from '../schema/plan/index.ts';
import { alignmentFindings } from './alignment.ts';
import { decisions, notAnswered, teamConfidence, unsettledQuestions } from './consensus.ts';
import type { QuestionSpread } from './team-view.ts';
import type { Workshop } from './workshop-model.ts';

/** The team plan, or null before the first response. */
export function teamPlan(
  content: ContentBundle,
  workshop: Workshop,
  spreads: QuestionSpread[],
  consensus: AnswersDocument,
): Plan | null {
  if (workshop.responses.length === 0) return null;
  const plan = buildPlan(content, consensus);
  return {
    ...plan,
    confidence: teamConfidence(plan.confidence, unsettledQuestions(workshop, spreads)),
    alignment: {
      participants: workshop.responses.map((r) => ({ name: r.respondent, role: r.role })),
      notAnswered: notAnswered(workshop),
      findings: alignmentFindings(spreads),
      decisions: decisions(workshop, spreads),
    },
  };
}
