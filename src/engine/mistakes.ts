import type { MistakeFinding, Risk } from '../schema/plan/index.ts';
import type { Level } from '../schema/rule.ts';
import { holds, reasonFor, type PlanContext } from './evidence.ts';
import { resolveLines } from './lines.ts';

/** Rank of each risk, for sorting and for taking the highest. */
export const RISK_RANK: Readonly<Record<Risk, number>> = { none: 0, low: 1, medium: 2, high: 3 };

/** The higher of two risks. */
export function higherRisk(a: Risk, b: Risk): Risk {
  return RISK_RANK[b] > RISK_RANK[a] ? b : a;
}

/**
 * Assess every mistake in the library. A finding's risk is the highest severity among its
 * matched rules (`none` when none matched). Sorted by risk, then core mistakes first, then
 * the mistake's own severity, then id, so the order is stable.
 */
export function mistakeFindings(context: PlanContext): MistakeFinding[] {
  const { bundle, rules } = context.prepared;
  const defaultSeverity = new Map<string, Level>(bundle.mistakes.map((m) => [m.id, m.severity]));
  const findings = bundle.mistakes.map((mistake): MistakeFinding => {
    const evidence = [];
    let risk: Risk = 'none';
    for (const rule of rules.mistake) {
      if (rule.mistake !== mistake.id || !holds(context, rule.when)) continue;
      evidence.push({ ...reasonFor(context, rule.id, rule.because, rule.when), severity: rule.severity });
      risk = higherRisk(risk, rule.severity);
    }
    evidence.sort((a, b) => RISK_RANK[b.severity] - RISK_RANK[a.severity]);
    return {
      mistakeId: mistake.id,
      title: mistake.title,
      summary: mistake.summary,
      category: mistake.category,
      core: mistake.core,
      risk,
      evidence,
      remediation: resolveLines(context, mistake.remediation),
      article: `mistakes/${mistake.id}`,
      sources: [...mistake.sources],
    };
  });
  findings.sort(
    (a, b) =>
      RISK_RANK[b.risk] - RISK_RANK[a.risk] ||
      Number(b.core) - Number(a.core) ||
      RISK_RANK[defaultSeverity.get(b.mistakeId) ?? 'low'] - RISK_RANK[defaultSeverity.get(a.mistakeId) ?? 'low'] ||
      (a.mistakeId < b.mistakeId ? -1 : 1),
  );
  return findings;
}
