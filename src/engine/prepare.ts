import type { ContentBundle, QuestionnaireContent } from '../schema/content-bundle.ts';
import type { Question, Section } from '../schema/question.ts';
import type {
  CadenceRule,
  LayerRule,
  ConflictRule,
  FactRule,
  MethodRule,
  MistakeRule,
  ReadinessRule,
  Rule,
  RolloutRule,
  SystemRule,
  WarningRule,
} from '../schema/rule.ts';
import { compileCondition, conditionQuestions, gradedQuestions, type ConditionTest } from './conditions.ts';
import { CADENCE_OWNER_QUESTION, PLANNED_SEGMENTS_QUESTION, START_DATE_QUESTION } from './known-questions.ts';
import type { DerivedName } from '../schema/derived.ts';
import { questionUsage, ruleConditions, type PlanPart } from './question-usage.ts';

export { CADENCE_OWNER_QUESTION, PLANNED_SEGMENTS_QUESTION, START_DATE_QUESTION, type PlanPart };

/** A question with what the engine needs to read it quickly. */
export interface IndexedQuestion {
  readonly question: Question;
  readonly section: Section;
  /** Position in the whole flow, 0 first. */
  readonly position: number;
  readonly optionLabels: ReadonlyMap<string, string>;
  /** The compiled visibility condition; null when always visible. */
  readonly visibleIf: ConditionTest | null;
  /** Options offered only under a condition, with the compiled condition. */
  readonly optionConditions: readonly { readonly id: string; readonly test: ConditionTest }[];
}

/** Rules split by kind, each list in file order (fact rules depend on that order). */
export interface RulesByKind {
  readonly readiness: readonly ReadinessRule[];
  readonly mistake: readonly MistakeRule[];
  readonly method: readonly MethodRule[];
  readonly fact: readonly FactRule[];
  readonly system: readonly SystemRule[];
  readonly rollout: readonly RolloutRule[];
  readonly warning: readonly WarningRule[];
  readonly cadence: readonly CadenceRule[];
  readonly layer: readonly LayerRule[];
  readonly conflict: readonly ConflictRule[];
}

/** The questions alone, indexed: all that visibility, reconciliation and the CSV export read. */
export interface PreparedQuestions {
  /** Every question in flow order. */
  readonly questions: readonly IndexedQuestion[];
  readonly questionById: ReadonlyMap<string, IndexedQuestion>;
  /** Old question ids whose answers now belong to another question (`movedFrom`), with the option mapping. */
  readonly movedTo: ReadonlyMap<string, { readonly to: string; readonly options?: Readonly<Record<string, string>> }>;
}

/** A content bundle indexed once, so that building a plan does no re-indexing. */
export interface PreparedContent extends PreparedQuestions {
  readonly bundle: ContentBundle;
  readonly rules: RulesByKind;
  /** The plan parts whose rules read each question. */
  readonly usedBy: ReadonlyMap<string, readonly PlanPart[]>;
  /** How many rules read each question: how much of the plan rests on it. */
  readonly readCount: ReadonlyMap<string, number>;
  /** The numbers each numeric question is compared with anywhere in the content, ascending. */
  readonly thresholds: ReadonlyMap<string, readonly number[]>;
  /** The numbers each derived number is compared with; see `thresholdsFor` for a question's full list. */
  readonly derivedThresholds: ReadonlyMap<DerivedName, readonly number[]>;
  /** Questions that can move a method's fit, directly or through visibility, in flow order. */
  readonly methodQuestions: readonly string[];
  /** Method rules reading each question directly. */
  readonly methodRulesByQuestion: ReadonlyMap<string, readonly number[]>;
  /** Questions some `visibleIf` reads: changing one can show or hide others. */
  readonly visibilityInputs: ReadonlySet<string>;
  /** Each method's position in `bundle.methods`. */
  readonly methodIndex: ReadonlyMap<string, number>;
}

const cache = new WeakMap<ContentBundle, PreparedContent>();
const questionCache = new WeakMap<QuestionnaireContent, PreparedQuestions>();

/**
 * Index the questions of a bundle, or of the questionnaire's smaller content, in flow order.
 * Cached per content object, like `prepareContent`, which reuses it.
 */
export function prepareQuestions(content: QuestionnaireContent): PreparedQuestions {
  const cached = questionCache.get(content);
  if (cached !== undefined) return cached;
  const questions: IndexedQuestion[] = [];
  for (const section of content.sections) {
    for (const question of section.questions) {
      questions.push({
        question,
        section,
        position: questions.length,
        optionLabels: new Map((question.options ?? []).map((o) => [o.id, o.label])),
        visibleIf: question.visibleIf === undefined ? null : compileCondition(question.visibleIf),
        optionConditions: (question.options ?? []).flatMap((o) =>
          o.visibleIf === undefined ? [] : [{ id: o.id, test: compileCondition(o.visibleIf) }],
        ),
      });
    }
  }
  const prepared = {
    questions,
    questionById: new Map(questions.map((q) => [q.question.id, q])),
    movedTo: new Map(
      questions.flatMap(({ question }) =>
        question.movedFrom === undefined
          ? []
          : [
              [
                question.movedFrom.question,
                question.movedFrom.options === undefined
                  ? { to: question.id }
                  : { to: question.id, options: question.movedFrom.options },
              ] as const,
            ],
      ),
    ),
  };
  questionCache.set(content, prepared);
  return prepared;
}

/**
 * Index a bundle for the engine. Cached per bundle object, so the public
 * `buildPlan(content, answers)` stays cheap when it is called many times with the same content.
 */
export function prepareContent(bundle: ContentBundle): PreparedContent {
  const cached = cache.get(bundle);
  if (cached !== undefined) return cached;
  const prepared = indexBundle(bundle);
  cache.set(bundle, prepared);
  return prepared;
}

function ofKind<K extends Rule['kind']>(rules: readonly Rule[], kind: K): Extract<Rule, { kind: K }>[] {
  return rules.filter((r): r is Extract<Rule, { kind: K }> => r.kind === kind);
}

function indexBundle(bundle: ContentBundle): PreparedContent {
  const { questions, questionById, movedTo } = prepareQuestions(bundle);
  const rules: RulesByKind = {
    readiness: ofKind(bundle.rules, 'readiness'),
    mistake: ofKind(bundle.rules, 'mistake'),
    method: ofKind(bundle.rules, 'method'),
    fact: ofKind(bundle.rules, 'fact'),
    system: ofKind(bundle.rules, 'system'),
    rollout: ofKind(bundle.rules, 'rollout'),
    warning: ofKind(bundle.rules, 'warning'),
    cadence: ofKind(bundle.rules, 'cadence'),
    layer: ofKind(bundle.rules, 'layer'),
    conflict: ofKind(bundle.rules, 'conflict'),
  };
  for (const rule of bundle.rules) for (const c of ruleConditions(rule)) compileCondition(c);

  const { usedBy, readCount, thresholds, derivedThresholds } = questionUsage(bundle, new Set(questionById.keys()));

  const methodRulesByQuestion = new Map<string, number[]>();
  rules.method.forEach((rule, i) => {
    const reads = new Set([
      ...conditionQuestions(rule.when),
      ...(rule.graded === undefined ? [] : gradedQuestions(rule.graded)),
    ]);
    for (const id of reads) methodRulesByQuestion.set(id, [...(methodRulesByQuestion.get(id) ?? []), i]);
  });
  const visibilityInputs = new Set(
    questions.flatMap((q) => [
      ...(q.question.visibleIf === undefined ? [] : conditionQuestions(q.question.visibleIf)),
      ...(q.question.options ?? []).flatMap((o) => (o.visibleIf === undefined ? [] : conditionQuestions(o.visibleIf))),
    ]),
  );
  return {
    bundle,
    questions,
    questionById,
    rules,
    usedBy,
    readCount,
    thresholds,
    derivedThresholds,
    methodQuestions: methodQuestions(questions, rules.method),
    methodRulesByQuestion,
    visibilityInputs,
    methodIndex: new Map(bundle.methods.map((m, i) => [m.id, i])),
    movedTo,
  };
}

/** Questions read by method rules, plus the questions their visibility depends on, in flow order. */
function methodQuestions(questions: readonly IndexedQuestion[], methodRules: readonly MethodRule[]): string[] {
  const wanted = new Set<string>();
  const byId = new Map(questions.map((q) => [q.question.id, q]));
  const add = (id: string): void => {
    if (wanted.has(id)) return;
    wanted.add(id);
    const visibleIf = byId.get(id)?.question.visibleIf;
    if (visibleIf !== undefined) for (const dep of conditionQuestions(visibleIf)) add(dep);
  };
  for (const rule of methodRules) {
    for (const id of conditionQuestions(rule.when)) add(id);
    if (rule.graded !== undefined) for (const id of gradedQuestions(rule.graded)) add(id);
  }
  return questions.filter((q) => wanted.has(q.question.id)).map((q) => q.question.id);
}
