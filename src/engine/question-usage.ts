import type { AnswerValue } from '../schema/answer-value.ts';
import type { Condition } from '../schema/condition.ts';
import { conditionLeaves, isDerived } from '../schema/condition-tree.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import type { PLAN_PARTS } from '../schema/plan/index.ts';
import type { Rule } from '../schema/rule.ts';
import { conditionQuestions, gradedQuestions } from './conditions.ts';
import { DERIVED, derivedBoundaries, type DerivedName } from '../schema/derived.ts';
import { CADENCE_OWNER_QUESTION, PLANNED_SEGMENTS_QUESTION, START_DATE_QUESTION } from './known-questions.ts';

export type PlanPart = (typeof PLAN_PARTS)[number];

/** How the content uses each question: for open questions, confidence and answer alternatives. */
export interface QuestionUsage {
  /** The plan parts whose rules read each question. */
  readonly usedBy: ReadonlyMap<string, readonly PlanPart[]>;
  /** How many rules read each question: how much of the plan rests on it. */
  readonly readCount: ReadonlyMap<string, number>;
  /** The numbers each question is compared with anywhere in the content, ascending. */
  readonly thresholds: ReadonlyMap<string, readonly number[]>;
  /** The numbers each derived number is compared with anywhere in the content, ascending. */
  readonly derivedThresholds: ReadonlyMap<DerivedName, readonly number[]>;
}

/** Conflict rules read answers only to check them against each other: they feed no part of the plan. */
const PART_OF_KIND: Record<Exclude<Rule['kind'], 'conflict'>, PlanPart> = {
  readiness: 'readiness',
  mistake: 'mistakes',
  method: 'method',
  fact: 'segment-count',
  system: 'systems',
  rollout: 'rollout',
  warning: 'warning-signs',
  cadence: 'cadence',
  layer: 'design',
};

/** The conditions a rule contains. */
export function ruleConditions(rule: Rule): Condition[] {
  if (rule.kind === 'readiness') return rule.steps.map((s) => s.when);
  if (rule.kind === 'fact') return rule.when === undefined ? [] : [rule.when];
  return [rule.when];
}

/** Numbers in a condition's leaves, by question or by derived number. */
function collectThresholds(
  condition: Condition,
  thresholds: Map<string, number[]>,
  derivedThresholds: Map<DerivedName, number[]>,
): void {
  for (const leaf of conditionLeaves(condition)) {
    const values =
      typeof leaf.value === 'number'
        ? [leaf.value]
        : Array.isArray(leaf.value)
          ? leaf.value.filter((v) => typeof v === 'number')
          : [];
    if (values.length === 0) continue;
    if (isDerived(leaf)) {
      const list = derivedThresholds.get(leaf.derived) ?? [];
      for (const v of values) if (!list.includes(v)) list.push(v);
      derivedThresholds.set(leaf.derived, list);
      continue;
    }
    const list = thresholds.get(leaf.question) ?? [];
    for (const v of values) if (!list.includes(v)) list.push(v);
    thresholds.set(leaf.question, list);
  }
}

/**
 * The numbers worth comparing a question's answer with, given the other answers: its own
 * thresholds, plus, for each derived number it feeds, the answers at which that number would
 * cross one of its thresholds with the other inputs kept (e.g. 30 accounts per rep with 40 reps
 * is 1,200 accounts). Ascending, each once.
 */
export function thresholdsFor(
  usage: Pick<QuestionUsage, 'thresholds' | 'derivedThresholds'>,
  questionId: string,
  get: (questionId: string) => AnswerValue | undefined,
): readonly number[] {
  const own = usage.thresholds.get(questionId) ?? [];
  let out: number[] | undefined;
  for (const [name, targets] of usage.derivedThresholds) {
    if (!(DERIVED[name].inputs as readonly string[]).includes(questionId)) continue;
    for (const v of derivedBoundaries(name, questionId, targets, get)) {
      out ??= [...own];
      if (!out.includes(v)) out.push(v);
    }
  }
  return out === undefined ? own : out.sort((a, b) => a - b);
}

/** Which plan parts read each question, how often, and with which numbers; `questionIds` are the bank's. */
export function questionUsage(bundle: ContentBundle, questionIds: ReadonlySet<string>): QuestionUsage {
  const usedBy = new Map<string, PlanPart[]>();
  const readCount = new Map<string, number>();
  const thresholds = new Map<string, number[]>();
  const derivedThresholds = new Map<DerivedName, number[]>();
  const record = (questionId: string, part: PlanPart): void => {
    if (part !== 'visibility') readCount.set(questionId, (readCount.get(questionId) ?? 0) + 1);
    const parts = usedBy.get(questionId) ?? [];
    if (!parts.includes(part)) parts.push(part);
    usedBy.set(questionId, parts);
  };
  for (const section of bundle.sections) {
    for (const { visibleIf } of section.questions) {
      if (visibleIf === undefined) continue;
      collectThresholds(visibleIf, thresholds, derivedThresholds);
      for (const id of conditionQuestions(visibleIf)) record(id, 'visibility');
    }
  }
  for (const rule of bundle.rules) {
    if (rule.kind === 'conflict') continue;
    for (const condition of ruleConditions(rule)) {
      collectThresholds(condition, thresholds, derivedThresholds);
      for (const id of conditionQuestions(condition)) record(id, PART_OF_KIND[rule.kind]);
    }
    if (rule.kind === 'fact' && rule.question !== undefined) record(rule.question, 'segment-count');
    // A graded fit reads its number everywhere along its points: each point is worth trying in "what would change this".
    if (rule.kind === 'method' && rule.graded !== undefined) {
      const { by, points } = rule.graded;
      for (const id of gradedQuestions(rule.graded)) record(id, 'method');
      const values = points.map(([x]) => x);
      const list = 'question' in by ? (thresholds.get(by.question) ?? []) : (derivedThresholds.get(by.derived) ?? []);
      for (const v of values) if (!list.includes(v)) list.push(v);
      if ('question' in by) thresholds.set(by.question, list);
      else derivedThresholds.set(by.derived, list);
    }
  }
  for (const system of bundle.systems) if (system.ownerQuestion !== undefined) record(system.ownerQuestion, 'systems');
  const direct: [string, PlanPart][] = [
    [START_DATE_QUESTION, 'rollout'],
    [CADENCE_OWNER_QUESTION, 'cadence'],
    [PLANNED_SEGMENTS_QUESTION, 'segment-count'],
  ];
  for (const [id, part] of direct) if (questionIds.has(id)) record(id, part);
  for (const list of thresholds.values()) list.sort((a, b) => a - b);
  for (const list of derivedThresholds.values()) list.sort((a, b) => a - b);
  return { usedBy, readCount, thresholds, derivedThresholds };
}
