import type { ReviewCadence } from '../schema/plan.ts';
import type { CadenceRule } from '../schema/rule.ts';
import { holds, reasonFor, type PlanContext } from './evidence.ts';
import { CADENCE_OWNER_QUESTION } from './prepare.ts';
import { textAnswer } from './systems.ts';
import { warningSignStatus } from './warning-signs.ts';

/**
 * Practitioner defaults when no cadence rule matches (DOMAIN.md section D): the design is
 * reviewed each year inside the planning cycle; membership is re-scored each quarter.
 */
const DEFAULT_DESIGN_MONTHS = 12;
const DEFAULT_MEMBERSHIP_MONTHS = 3;
const DEFAULT_OWNER = 'The segmentation owner, with sales operations running the refresh';

function shortest(
  context: PlanContext,
  matched: readonly CadenceRule[],
  field: 'designMonths' | 'membershipMonths',
  fallback: number,
): ReviewCadence['design'] {
  const proposing = matched.filter((r) => r[field] !== undefined);
  if (proposing.length === 0) return { months: fallback, source: 'default', reasons: [] };
  const months = Math.min(...proposing.map((r) => r[field] ?? fallback));
  const reasons = proposing.filter((r) => r[field] === months).map((r) => reasonFor(context, r.id, r.because, r.when));
  return { months, source: 'rule', reasons };
}

/**
 * The review cadence: the shortest design interval and the shortest membership interval among
 * matched cadence rules, the owner, and every warning sign as the trigger checklist.
 */
export function reviewCadence(context: PlanContext): ReviewCadence {
  const matched = context.prepared.rules.cadence.filter((r) => holds(context, r.when));
  const named = context.prepared.questionById.has(CADENCE_OWNER_QUESTION)
    ? textAnswer(context, CADENCE_OWNER_QUESTION)
    : null;
  return {
    design: shortest(context, matched, 'designMonths', DEFAULT_DESIGN_MONTHS),
    membership: shortest(context, matched, 'membershipMonths', DEFAULT_MEMBERSHIP_MONTHS),
    owner: named ?? DEFAULT_OWNER,
    ownerSource: named === null ? 'default' : 'answer',
    triggers: warningSignStatus(context),
  };
}
