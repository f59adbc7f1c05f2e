import { conditionLeaves, type Condition } from '../../schema/condition.ts';
import { isDesignFact } from '../../schema/design-facts.ts';
import type { Rule } from '../../schema/rule.ts';
import type { ContentFiles } from '../sources.ts';
import { checkCondition } from './conditions.ts';
import type { ContentIds } from './ids.ts';
import type { Report } from './report.ts';

/** What a rule can point at, by the field that names it. */
export type RuleTarget = 'mistake' | 'method' | 'system' | 'phase' | 'sign' | 'dimension';

/** The ids the rules point at, by target: the catalogue entries some rule can reach. */
export type Covered = ReadonlyMap<RuleTarget, ReadonlySet<string>>;

/**
 * Each rule in turn: its id is unique, its conditions are sound, the catalogue entry it points
 * at exists, and a fact reads a number question. Returns what the rules point at.
 */
/** Rule kinds evaluated after the segment design, which may read its facts (src/schema/design-facts.ts). */
const AFTER_DESIGN: ReadonlySet<Rule['kind']> = new Set(['system', 'rollout', 'cadence', 'warning']);

export function checkRules(files: ContentFiles, ids: ContentIds, report: Report): Covered {
  const ruleIds = new Set<string>();
  const targets: Record<RuleTarget, ReadonlySet<string>> = {
    mistake: ids.articles.get('mistakes') ?? new Set(),
    method: ids.articles.get('methods') ?? new Set(),
    system: ids.articles.get('systems') ?? new Set(),
    phase: ids.articles.get('rollout') ?? new Set(),
    sign: ids.articles.get('warning-signs') ?? new Set(),
    dimension: ids.dimensions,
  };
  const covered = new Map<RuleTarget, Set<string>>(
    (Object.keys(targets) as RuleTarget[]).map((k) => [k, new Set<string>()]),
  );
  for (const { file, data } of files.rules) {
    for (const rule of data.rules) {
      const base = `rules.${rule.id}`;
      if (ruleIds.has(rule.id)) report(file, `${base}.id`, rule.id, 'duplicate rule id');
      ruleIds.add(rule.id);
      for (const [field, condition] of ruleConditions(rule)) {
        checkCondition(condition, `${base}.${field}`, ids.questions, undefined, (f, v, m) => report(file, f, v, m));
        // Design facts exist only once the design is built, after readiness, findings, methods and layers.
        if (!AFTER_DESIGN.has(rule.kind))
          for (const id of conditionLeaves(condition).flatMap((l) =>
            'question' in l && isDesignFact(l.question) ? [l.question] : [],
          ))
            report(
              file,
              `${base}.${field}`,
              id,
              `a ${rule.kind} rule is decided before the design exists, so it cannot read ${id}`,
            );
      }
      const target = ruleTarget(rule);
      if (target !== undefined) {
        const [targetField, targetId] = target;
        if (!targets[targetField].has(targetId)) {
          report(file, `${base}.${targetField}`, targetId, `no ${targetField} has id "${targetId}"`);
        }
        covered.get(targetField)?.add(targetId);
      }
      if (rule.kind === 'method' && rule.graded !== undefined && 'question' in rule.graded.by) {
        const id = rule.graded.by.question;
        const q = ids.questions.get(id);
        if (q === undefined) report(file, `${base}.graded.by.question`, id, `no question has id "${id}"`);
        else if (q.question.type !== 'number' && q.question.type !== 'scale')
          report(file, `${base}.graded.by.question`, id, `points follow a number, not a ${q.question.type} question`);
      }
      if (rule.kind === 'conflict' && !ids.questions.has(rule.question))
        report(file, `${base}.question`, rule.question, `no question has id "${rule.question}"`);
      if (rule.kind === 'fact' && rule.question !== undefined) {
        const q = ids.questions.get(rule.question);
        if (q === undefined) report(file, `${base}.question`, rule.question, `no question has id "${rule.question}"`);
        else if (q.question.type !== 'number') {
          report(
            file,
            `${base}.question`,
            rule.question,
            `a fact is read from a number question, not a ${q.question.type} question`,
          );
        }
      }
    }
  }
  return covered;
}

/** The conditions a rule contains, with the field each sits in. */
function ruleConditions(rule: Rule): [string, Condition][] {
  if (rule.kind === 'readiness') return rule.steps.map((s, i) => [`steps[${i}].when`, s.when]);
  if (rule.kind === 'fact') return rule.when === undefined ? [] : [['when', rule.when]];
  return [['when', rule.when]];
}

/** The catalogue entry a rule points at, as [field, id], or undefined for rules that point at none. */
function ruleTarget(rule: Rule): [RuleTarget, string] | undefined {
  switch (rule.kind) {
    case 'readiness':
      return ['dimension', rule.dimension];
    case 'mistake':
      return ['mistake', rule.mistake];
    case 'method':
      return ['method', rule.method];
    case 'system':
      return ['system', rule.system];
    case 'rollout':
      return ['phase', rule.phase];
    case 'warning':
      return ['sign', rule.sign];
    case 'fact':
    case 'cadence':
    case 'layer':
    case 'conflict':
      return undefined;
  }
}
