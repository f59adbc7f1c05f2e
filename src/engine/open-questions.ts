import type { Confidence, OpenQuestion, SetAsideEntry } from '../schema/plan/index.ts';
import { answerStatus, holds, reasonFor, type PlanContext } from './evidence.ts';
import { START_DATE_QUESTION, type PreparedContent } from './prepare.ts';

/** Confidence levels by score: a plan resting on fewer answers deserves less trust. */
const HIGH_FROM = 80;
const MEDIUM_FROM = 50;

/** What an open question says about the question itself: where it is, what it asks, what reads it. */
function asked(prepared: PreparedContent, questionId: string) {
  const indexed = prepared.questionById.get(questionId);
  if (indexed === undefined) throw new Error(`no question has id "${questionId}"`);
  const { question, section } = indexed;
  return {
    questionId,
    sectionId: section.id,
    sectionTitle: section.title,
    prompt: question.prompt,
    topic: question.topic,
    required: question.required,
    usedBy: [...(prepared.usedBy.get(questionId) ?? [])],
  };
}

/**
 * Visible questions the plan reads (or the bank requires) that have no usable answer: unanswered,
 * "don't know", an answer set aside as unusable (a count of 0 where at least 1 is needed), or a start
 * date that is not a date; then answers that contradict each other, one entry per conflict rule that
 * holds, in content order. Hidden questions are not open: they do not apply to this organisation.
 */
export function openQuestions(
  context: PlanContext,
  startAssumption: string | null,
  setAside: readonly SetAsideEntry[],
): OpenQuestion[] {
  const { prepared } = context;
  const out: OpenQuestion[] = [];
  const unusable = new Map(setAside.filter((s) => s.part === 'answer').map((s) => [s.key, s.reason]));
  for (const { question } of prepared.questions) {
    const usedBy = prepared.usedBy.get(question.id) ?? [];
    if (usedBy.length === 0 && !question.required) continue;
    const status = answerStatus(context, question.id);
    const isStart = question.id === START_DATE_QUESTION && startAssumption !== null;
    if (status !== 'unanswered' && status !== 'dontKnow' && !isStart) continue;
    if (status === 'hidden') continue;
    const problem = status === 'unanswered' ? (unusable.get(question.id) ?? null) : null;
    out.push({
      ...asked(prepared, question.id),
      status: status === 'answered' || problem !== null ? 'invalid' : status,
      problem,
      evidence: [],
      assumption: isStart ? startAssumption : null,
    });
  }
  for (const rule of prepared.rules.conflict) {
    if (!prepared.questionById.has(rule.question) || !holds(context, rule.when)) continue;
    out.push({
      ...asked(prepared, rule.question),
      status: 'conflict',
      problem: rule.because,
      evidence: reasonFor(context, rule.id, rule.because, rule.when, [rule.question]).evidence,
      assumption: null,
    });
  }
  return out;
}

/**
 * How far the plan can be trusted: the share of its inputs that are answered, each question
 * weighted by how many rules read it, so a gap in a question many conclusions rest on costs more.
 */
export function planConfidence(context: PlanContext): Confidence {
  const { prepared } = context;
  let total = 0;
  let known = 0;
  let used = 0;
  let answered = 0;
  let dontKnow = 0;
  let unanswered = 0;
  for (const { question } of prepared.questions) {
    const weight = prepared.readCount.get(question.id) ?? 0;
    const status = answerStatus(context, question.id);
    if (weight === 0 || status === 'hidden') continue;
    used += 1;
    total += weight;
    if (status === 'answered') {
      answered += 1;
      known += weight;
    } else if (status === 'dontKnow') dontKnow += 1;
    else unanswered += 1;
  }
  const score = total === 0 ? 100 : Math.round((100 * known) / total);
  const level = score >= HIGH_FROM ? 'high' : score >= MEDIUM_FROM ? 'medium' : 'low';
  const gaps = [
    unanswered > 0 ? `${unanswered} unanswered` : '',
    dontKnow > 0 ? `${dontKnow} "don't know"` : '',
  ].filter((s) => s !== '');
  const statement =
    gaps.length === 0
      ? `Confidence ${score} of 100: all ${used} questions this plan reads are answered.`
      : `Confidence ${score} of 100: of the ${used} questions this plan reads, ${gaps.join(' and ')}; answering them firms up the plan.`;
  return { score, level, statement, questionsUsed: used, answered, dontKnow, unanswered };
}
