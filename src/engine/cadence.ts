import type { ReviewCadence } from '../schema/plan/index.ts';
import type { CadenceRule } from '../schema/rule.ts';
import { holds, reasonFor, type PlanContext } from './evidence.ts';
import { CADENCE_OWNER_QUESTION } from './prepare.ts';
import { textAnswer } from './systems.ts';
import { warningSignStatus } from './warning-signs.ts';

/**
 * Used only when the content has no default rule (DOMAIN.md section D): the design is reviewed each
 * year inside the planning cycle; membership is re-scored each quarter.
 */
const FALLBACK = { designMonths: 12, membershipMonths: 3 } as const;
const DEFAULT_OWNER = 'The segmentation owner, with sales operations running the refresh';

type Field = 'designMonths' | 'membershipMonths';

/**
 * One interval: the one the answers plan, else the default; then the `atMost` bounds that hold
 * (the shortest wins) and the `atLeast` bounds (the longest wins, so a structural limit such as a
 * single buying season has the last word). The plan keeps a planned interval unless a bound moves it,
 * and then quotes the bound and the plan it moved.
 */
function interval(context: PlanContext, matched: readonly CadenceRule[], field: Field): ReviewCadence['design'] {
  const proposing = matched.filter((r) => r[field] !== undefined);
  const of = (role: CadenceRule['role']) => proposing.filter((r) => r.role === role);
  const months = (r: CadenceRule): number => r[field] ?? FALLBACK[field];
  const stated = of('stated');
  const fallback = of('default');
  const start =
    stated.length > 0
      ? Math.min(...stated.map(months))
      : fallback.length > 0
        ? months(fallback[0] as CadenceRule)
        : FALLBACK[field];
  const shorter = of('atMost').filter((r) => months(r) < start);
  let value = shorter.length > 0 ? Math.min(...shorter.map(months)) : start;
  const longer = of('atLeast').filter((r) => months(r) > value);
  if (longer.length > 0) value = Math.max(...longer.map(months));
  const moving =
    longer.length > 0 ? longer.filter((r) => months(r) === value) : shorter.filter((r) => months(r) === value);
  const reason = (r: CadenceRule) => reasonFor(context, r.id, r.because, r.when);
  const startReasons = (stated.length > 0 ? stated : fallback).filter((r) => months(r) === start).map(reason);
  // A moved plan quotes the plan it moved; a moved default needs no second reason.
  if (moving.length > 0)
    return {
      months: value,
      source: 'rule',
      reasons: [...moving.map(reason), ...(stated.length > 0 ? startReasons : [])],
    };
  return { months: value, source: stated.length > 0 ? 'answer' : 'default', reasons: startReasons };
}

/**
 * The review cadence: the design and membership intervals (see `interval`), the owner, and every
 * warning sign as the trigger checklist.
 */
export function reviewCadence(context: PlanContext): ReviewCadence {
  const matched = context.prepared.rules.cadence.filter((r) => holds(context, r.when));
  const named = context.prepared.questionById.has(CADENCE_OWNER_QUESTION)
    ? textAnswer(context, CADENCE_OWNER_QUESTION)
    : null;
  return {
    design: interval(context, matched, 'designMonths'),
    membership: interval(context, matched, 'membershipMonths'),
    owner: named ?? DEFAULT_OWNER,
    ownerSource: named === null ? 'default' : 'answer',
    triggers: warningSignStatus(context),
  };
}
