import { FACTS, type Fact } from '../schema/facts.ts';
import type { FactValue } from '../schema/plan/index.ts';
import { evidenceOf, holds, reasonFor, type PlanContext } from './evidence.ts';

/**
 * Resolve each numeric fact. For each fact the first rule in file order that yields a value
 * wins: a `question` rule yields the numeric answer when one is given; a `when` + `value` rule
 * yields its value when `when` holds. A fact no rule yields stays null, never a silent default.
 */
export function resolveFacts(context: PlanContext): FactValue[] {
  return FACTS.map((fact) => resolveFact(context, fact));
}

function resolveFact(context: PlanContext, fact: Fact): FactValue {
  for (const rule of context.prepared.rules.fact) {
    if (rule.fact !== fact) continue;
    if (rule.question !== undefined) {
      const answer = context.seen.get(rule.question);
      if (typeof answer === 'number') {
        return {
          fact,
          value: answer,
          source: { ruleId: rule.id, because: rule.because, evidence: [evidenceOf(context, rule.question)] },
        };
      }
    } else if (rule.when !== undefined && rule.value !== undefined && holds(context, rule.when)) {
      return { fact, value: rule.value, source: reasonFor(context, rule.id, rule.because, rule.when) };
    }
  }
  return { fact, value: null, source: null };
}

/** The facts as a lookup, null where unknown. */
export function factLookup(facts: readonly FactValue[]): Record<Fact, number | null> {
  const out = Object.fromEntries(FACTS.map((f) => [f, null])) as Record<Fact, number | null>;
  for (const f of facts) out[f.fact] = f.value;
  return out;
}
