import type { Condition } from '../schema/condition.ts';
import type { ReviewCadence } from '../schema/plan/index.ts';
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
  const setting = proposing.filter((r) => r[field] === months);
  // A rule that always holds is the content's default: the interval is the answers' doing only
  // when a rule that reads them sets it, and then the default's reason is not repeated.
  const fromAnswers = setting.filter((r) => !alwaysHolds(r.when));
  const reasons = (fromAnswers.length > 0 ? fromAnswers : setting).map((r) =>
    reasonFor(context, r.id, r.because, r.when),
  );
  return { months, source: fromAnswers.length > 0 ? 'rule' : 'default', reasons };
}

/** `{ all: [] }`: the condition of a default, which holds whatever the answers. */
const alwaysHolds = (condition: Condition): boolean => 'all' in condition && condition.all.length === 0;

/**
 * The review cadence: the shortest design interval and the shortest membership interval among
 * matched cadence rules, the owner, and every warning sign as the trigger checklist. An interval
 * is `rule` when a rule that reads the answers sets it, and `default` when only an always-true
 * rule (or, without one, the constant above) does.
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
