import type { WarningSignStatus } from '../schema/plan/index.ts';
import { holds, reasonFor, type PlanContext } from './evidence.ts';
import { resolveText } from './lines.ts';

/** Every warning sign with whether the answers show it now; active signs first, then by id. */
export function warningSignStatus(context: PlanContext): WarningSignStatus[] {
  const { bundle, rules } = context.prepared;
  const signs = bundle.warningSigns.map((sign): WarningSignStatus => {
    const reasons = rules.warning
      .filter((r) => r.sign === sign.id && holds(context, r.when))
      .map((r) => reasonFor(context, r.id, r.because, r.when));
    return {
      signId: sign.id,
      title: sign.title,
      review: sign.review,
      checkQuestion: resolveText(context, sign.checkQuestion),
      active: reasons.length > 0,
      reasons,
      article: `warning-signs/${sign.id}`,
      sources: [...sign.sources],
    };
  });
  return signs.sort((a, b) => Number(b.active) - Number(a.active) || (a.signId < b.signId ? -1 : 1));
}
