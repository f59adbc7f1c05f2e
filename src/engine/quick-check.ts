import type { AnswerValue } from '../schema/answer-value.ts';
import type { LooseAnswersDocument } from '../schema/answers.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import type { MethodFit, OpenQuestion, Plan } from '../schema/plan/index.ts';
import { quickCheckQuestionIds } from '../schema/quick-check-ids.ts';
import type { QuickCheck, QuickCheckPart } from '../schema/quick-check.ts';
import { listText } from '../present/format.ts';
import { answerAlternatives } from './answer-alternatives.ts';
import { reconcileAnswers } from './answers/reconcile.ts';
import { buildPlan } from './build-plan.ts';
import { conditionQuestions } from './conditions.ts';
import { answerStatus, holds, type PlanContext } from './evidence.ts';
import { methodTotals, topMethod } from './methods/method-totals.ts';
import { prepareContent, type PreparedContent } from './prepare.ts';
import { thresholdsFor } from './question-usage.ts';
import { resolveVisibility } from './visibility.ts';

/** An open question of the quick result, with what an answer to it would do to the plan. */
export interface QuickOpenQuestion {
  readonly questionId: string;
  readonly prompt: string;
  readonly sectionTitle: string;
  readonly status: OpenQuestion['status'];
  /** One sentence per effect, the strongest first: a method put first, a risk raised, a check completed. */
  readonly effects: readonly string[];
  /** Whether an answer could change the plan outright (method or high risk), not only firm it up. */
  readonly changes: boolean;
}

/** What the quick result shows beside the plan: its confidence in plain words and what would change it. */
export interface QuickResult {
  /** The quick check's name, e.g. "Quick check". */
  readonly label: string;
  /** Quick-check questions shown for these answers, and how many of them are answered ("don't know" included). */
  readonly asked: number;
  readonly answered: number;
  /** The confidence in plain words. */
  readonly statement: string;
  /** What the quick check leaves out. */
  readonly leftOut: string;
  /** Said when some readiness dimensions have no score yet; null when all have one. */
  readonly readiness: string | null;
  /** The first three methods that are not blocked, best first. */
  readonly shortlist: readonly MethodFit[];
  /** The open questions that would change or firm up the plan most, at most `result.listed` of them. */
  readonly open: readonly QuickOpenQuestion[];
  /** All open questions, listed or not. */
  readonly openCount: number;
}

/** At most this many effects are named per question, the strongest first; a long list hides the point. */
const MAX_EFFECTS = 3;

const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** The plan's context again, for trying answers: the same steps `buildPlan` takes. */
function contextFor(prepared: PreparedContent, answers: ReadonlyMap<string, AnswerValue>): PlanContext {
  return { prepared, answers, ...resolveVisibility(prepared, answers), evidenceCache: new Map() };
}

/** Each answer worth trying to an open question: the values any rule can tell apart. */
function trials(context: PlanContext, questionId: string): Map<string, AnswerValue>[] {
  const entry = context.prepared.questionById.get(questionId);
  if (entry === undefined) return [];
  const thresholds = thresholdsFor(context.prepared, questionId, (id) => context.seen.get(id));
  return answerAlternatives(entry, context.answers.get(questionId), thresholds).map(
    (to) => new Map([...context.answers, [questionId, to]]),
  );
}

/** The methods an answer to this question could put first, in the library's order. */
function methodsPutFirst(context: PlanContext, tried: readonly Map<string, AnswerValue>[]): string[] {
  const { prepared } = context;
  if (!prepared.methodQuestions.length) return [];
  const current = topMethod(prepared, methodTotals(prepared, context.seen));
  const tops = new Set<number>();
  for (const answers of tried) {
    const top = topMethod(prepared, methodTotals(prepared, resolveVisibility(prepared, answers).seen));
    if (top !== -1 && top !== current) tops.add(top);
  }
  return [...tops].sort((a, b) => a - b).map((i) => prepared.bundle.methods[i]?.title ?? '');
}

/** The mistakes an answer to this question could make a high risk, where they are not one now. */
function risksRaised(
  context: PlanContext,
  questionId: string,
  tried: readonly Map<string, AnswerValue>[],
  plan: Plan,
): string[] {
  const { prepared } = context;
  const highNow = new Set(plan.mistakeFindings.filter((f) => f.risk === 'high').map((f) => f.mistakeId));
  const rules = prepared.rules.mistake.filter(
    (r) =>
      r.severity === 'high' &&
      !highNow.has(r.mistake) &&
      (conditionQuestions(r.when).includes(questionId) || prepared.visibilityInputs.has(questionId)),
  );
  if (rules.length === 0) return [];
  const raised = new Set<string>();
  for (const answers of tried) {
    const alternative = contextFor(prepared, answers);
    for (const rule of rules) if (holds(alternative, rule.when)) raised.add(rule.mistake);
  }
  return prepared.bundle.mistakes.filter((m) => raised.has(m.id)).map((m) => m.title);
}

/** What answering one open question would do, as the quick result words it. */
function effectsOf(
  context: PlanContext,
  quick: QuickCheck,
  plan: Plan,
  open: OpenQuestion,
): { effects: string[]; methods: number; risks: number } {
  const words = quick.result;
  const tried = trials(context, open.questionId);
  const methods = methodsPutFirst(context, tried);
  const risks = risksRaised(context, open.questionId, tried, plan);
  const channels = plan.design.capacity.channels
    .filter((c) => c.missing.includes(open.questionId))
    .map((c) => words.channels[c.channel]);
  const dimensions = plan.readiness.dimensions
    .filter((d) => d.score === null && d.unknown.some((u) => u.questionIds.includes(open.questionId)))
    .map((d) => d.title);
  const effects = [
    ...methods.map((method) => fill(words.effects.method, { method })),
    ...risks.map((mistake) => fill(words.effects.risk, { mistake })),
    ...channels.map((channel) => fill(words.effects.capacity, { channel })),
    ...dimensions.map((dimension) => fill(words.effects.readiness, { dimension })),
  ];
  effects.splice(MAX_EFFECTS);
  if (effects.length === 0) {
    const parts = open.usedBy.filter((p): p is QuickCheckPart => p !== 'visibility');
    const named = parts.map((p) => words.parts[p]);
    if (named.length > 0) effects.push(fill(words.effects.firmsUp, { parts: listText(named) }));
  }
  return { effects, methods: methods.length, risks: risks.length };
}

/**
 * How strongly an open question bears on the plan: one that could change the method first, then one
 * that could raise a high risk, then by the checks it completes, then by how many rules read it.
 */
function weight(prepared: PreparedContent, questionId: string, effects: ReturnType<typeof effectsOf>): number {
  const outright = effects.methods > 0 ? 2 : effects.risks > 0 ? 1 : 0;
  return outright * 1_000_000 + effects.effects.length * 10_000 + (prepared.readCount.get(questionId) ?? 0);
}

/**
 * The quick check's result: the plan from the same engine as the full assessment, built from the
 * answers given so far, and what the quick result says beside it (confidence in plain words, the
 * method shortlist, and which open questions of the full assessment would change or firm it up).
 */
export function quickResult(
  content: ContentBundle,
  quick: QuickCheck,
  document: LooseAnswersDocument,
): { plan: Plan; result: QuickResult } {
  const plan = buildPlan(content, document);
  const prepared = prepareContent(content);
  const context = contextFor(prepared, reconcileAnswers(content, document).answers);
  const shown = quickCheckQuestionIds(quick).filter(
    (id) => prepared.questionById.has(id) && answerStatus(context, id) !== 'hidden',
  );
  const answered = shown.filter((id) => ['answered', 'dontKnow'].includes(answerStatus(context, id))).length;
  const { confidence, readiness } = plan;
  const statement = fill(quick.result.statement, {
    answered,
    asked: shown.length,
    score: confidence.score,
    level: confidence.level,
    used: confidence.questionsUsed,
    open: confidence.unanswered + confidence.dontKnow,
  });
  const scored = readiness.dimensions.filter((d) => d.score !== null).length;
  const ranked = plan.openQuestions.map((open, i) => {
    const effects = effectsOf(context, quick, plan, open);
    const q: QuickOpenQuestion = {
      questionId: open.questionId,
      prompt: open.prompt,
      sectionTitle: open.sectionTitle,
      status: open.status,
      effects: effects.effects,
      changes: effects.methods + effects.risks > 0,
    };
    return { q, order: i, weight: weight(prepared, open.questionId, effects) };
  });
  ranked.sort((a, b) => b.weight - a.weight || a.order - b.order);
  return {
    plan,
    result: {
      label: quick.label,
      asked: shown.length,
      answered,
      statement,
      leftOut: quick.result.leftOut,
      readiness:
        scored === readiness.dimensions.length
          ? null
          : fill(quick.result.readiness, { scored, dimensions: readiness.dimensions.length }),
      shortlist: plan.method.ranking.filter((m) => !m.blocked).slice(0, 3),
      open: ranked.slice(0, quick.result.listed).map((r) => r.q),
      openCount: ranked.length,
    },
  };
}
