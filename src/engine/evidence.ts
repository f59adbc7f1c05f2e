import { isDontKnow, isGivenAnswer, type AnswerValue } from '../schema/answer-value.ts';
import type { Condition } from '../schema/condition.ts';
import { isDesignFact } from '../schema/design-facts.ts';
import type { AnswerStatus, Evidence, Reason } from '../schema/plan/index.ts';
import { answerLabels } from './answer-labels.ts';
import { compileCondition, conditionEvidence, type SeenAnswers } from './conditions.ts';
import type { PreparedContent } from './prepare.ts';
import type { Visibility } from './visibility.ts';

/** Everything one plan reads: the prepared content, the usable answers and their visibility. */
export interface PlanContext extends Visibility {
  readonly prepared: PreparedContent;
  /** Usable answers before visibility, so hidden answers can still be quoted. */
  readonly answers: ReadonlyMap<string, AnswerValue>;
  /** Evidence built so far, by question id; each question is described once per plan. */
  readonly evidenceCache: Map<string, Evidence>;
}

/** How a question stands: answered, "don't know", unanswered, or hidden by its visibility condition. */
export function answerStatus(context: PlanContext, questionId: string): AnswerStatus {
  if (context.hidden.has(questionId)) return 'hidden';
  return seenStatus(context.seen, questionId);
}

/** Status from the visible answers alone. Blank text and empty lists count as unanswered, as the operators read them. */
export function seenStatus(seen: SeenAnswers, questionId: string): AnswerStatus {
  const value = seen.get(questionId);
  if (isDontKnow(value)) return 'dontKnow';
  return isGivenAnswer(value) ? 'answered' : 'unanswered';
}

/** One question quoted as evidence. */
export function evidenceOf(context: PlanContext, questionId: string): Evidence {
  const cached = context.evidenceCache.get(questionId);
  if (cached !== undefined) return cached;
  const entry = context.prepared.questionById.get(questionId);
  const status = answerStatus(context, questionId);
  const value = context.answers.get(questionId);
  const evidence: Evidence = {
    questionId,
    sectionId: entry?.section.id ?? questionId.split('.')[0] ?? '',
    topic: entry?.question.topic ?? questionId,
    prompt: entry?.question.prompt ?? questionId,
    status,
    answer: value ?? null,
    answerLabels: entry === undefined ? [] : answerLabels(entry, value),
  };
  context.evidenceCache.set(questionId, evidence);
  return evidence;
}

/** Whether a condition holds for this plan's visible answers. */
export function holds(context: PlanContext, condition: Condition): boolean {
  return compileCondition(condition)(context.seen);
}

/** The reason for a matched rule: its sentence and the answers that made its condition hold. */
export function reasonFor(
  context: PlanContext,
  ruleId: string,
  because: string,
  condition: Condition,
  alsoRead: readonly string[] = [],
): Reason {
  const ids = [...conditionEvidence(condition, context.seen)];
  for (const id of alsoRead) if (!ids.includes(id)) ids.push(id);
  return {
    ruleId,
    because,
    // A design fact is the plan's own conclusion, not an answer: the reason quotes only answers.
    evidence: ids.filter((id) => !isDesignFact(id)).map((id) => evidenceOf(context, id)),
  };
}

/** The context with the design's facts readable as answers, for the parts built after the design. */
export function withDesignFacts(context: PlanContext, facts: ReadonlyMap<string, AnswerValue>): PlanContext {
  const seen = context.seen;
  return { ...context, seen: { get: (id) => facts.get(id) ?? seen.get(id) } };
}
