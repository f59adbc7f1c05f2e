import type { SystemImpact } from '../schema/plan/index.ts';
import { holds, reasonFor, type PlanContext } from './evidence.ts';
import { resolveLines, resolveText } from './lines.ts';
import { RISK_RANK } from './mistakes.ts';

/** A named owner from a text answer, when the respondent gave one. */
export function textAnswer(context: PlanContext, questionId: string | undefined): string | null {
  if (questionId === undefined) return null;
  const value = context.seen.get(questionId);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * The systems the segmentation touches. A system is listed when any of its rules match; its
 * impact is the highest matched. Highest impact first, then by id.
 */
export function systemsImpact(context: PlanContext): SystemImpact[] {
  const { bundle, rules } = context.prepared;
  const out: SystemImpact[] = [];
  for (const system of bundle.systems) {
    const reasons = rules.system
      .filter((rule) => rule.system === system.id && holds(context, rule.when))
      .map((rule) => ({ ...reasonFor(context, rule.id, rule.because, rule.when), impact: rule.impact }))
      .sort((a, b) => RISK_RANK[b.impact] - RISK_RANK[a.impact]);
    const top = reasons[0];
    if (top === undefined) continue;
    const named = textAnswer(context, system.ownerQuestion);
    out.push({
      systemId: system.id,
      title: system.title,
      impact: top.impact,
      owner: named ?? resolveText(context, system.owner),
      ownerSource: named === null ? 'typical' : 'answer',
      changes: resolveLines(context, system.changes),
      checklist: resolveLines(context, system.checklist),
      risks: resolveLines(context, system.risks),
      reasons,
      article: `systems/${system.id}`,
      sources: [...system.sources],
    });
  }
  return out.sort((a, b) => RISK_RANK[b.impact] - RISK_RANK[a.impact] || (a.systemId < b.systemId ? -1 : 1));
}
