/**
 * Whether a plan can be acted on yet, and what the first screen of the results page says about it:
 * the verdict, the readiness so far, what is missing and the findings counted by risk. Derived from
 * the plan alone (its open questions, readiness basis and findings), so the page, the PDF and the
 * Markdown plan judge a plan the same way without the engine knowing about drafts.
 */
import type { DimensionScore, MistakeFinding, OpenQuestion, Plan, Risk } from '../schema/plan/index.ts';
import { countOf } from './format.ts';
import { readinessLine } from './plan-text.ts';

/** The questions a plan rests on that have no usable answer: required, shown, and unanswered or not a valid answer. */
export function missingQuestions(plan: Pick<Plan, 'openQuestions'>): OpenQuestion[] {
  return plan.openQuestions.filter((q) => q.required && q.status !== 'dontKnow');
}

/**
 * A plan is provisional (a draft) until every question it rests on is answered: every required
 * question the answers show. "Don't know" is an answer; the plan says what it assumed for it.
 */
export const isProvisional = (plan: Pick<Plan, 'openQuestions'>): boolean => missingQuestions(plan).length > 0;

/** The missing questions by section, in questionnaire order, for a short list of links. */
export function missingBySection(
  plan: Pick<Plan, 'openQuestions'>,
): { sectionTitle: string; questions: OpenQuestion[] }[] {
  const groups: { sectionTitle: string; questions: OpenQuestion[] }[] = [];
  for (const q of missingQuestions(plan)) {
    const last = groups.at(-1);
    if (last !== undefined && last.sectionTitle === q.sectionTitle) last.questions.push(q);
    else groups.push({ sectionTitle: q.sectionTitle, questions: [q] });
  }
  return groups;
}

/** How the verdict reads: a draft, blocked by a risk, not ready, partly ready or ready. */
export type VerdictTone = 'draft' | 'blocked' | 'caution' | 'ready';

/** The one-line answer to "where do we stand?", with a sentence under it. */
export interface Verdict {
  readonly tone: VerdictTone;
  readonly headline: string;
  readonly detail: string;
}

/** The headline verdict: a draft until the plan's questions are answered, then what blocks it, or ready. */
export function planVerdict(plan: Pick<Plan, 'openQuestions' | 'readiness' | 'mistakeFindings' | 'summary'>): Verdict {
  const missing = missingQuestions(plan);
  if (missing.length > 0) {
    return {
      tone: 'draft',
      headline: `Draft: ${countOf(missing.length, 'question')} the plan rests on ${missing.length === 1 ? 'is' : 'are'} still unanswered`,
      detail:
        'Answer them to get a plan you can act on. Until then this page shows the readiness and the risks found so far.',
    };
  }
  const high = plan.mistakeFindings.filter((f) => f.risk === 'high');
  const { readiness } = plan;
  const label = readiness.level?.label ?? null;
  if (high.length > 0) {
    const first = high[0]?.title ?? '';
    return {
      tone: 'blocked',
      headline: `Not ready yet: fix ${high.length === 1 ? `“${first}”` : `${high.length} high risks, starting with “${first}”`} first`,
      detail: 'The next three actions below start with the fix.',
    };
  }
  if (readiness.level === null || label === null) {
    return {
      tone: 'caution',
      headline: 'Readiness is not scored yet',
      detail: 'No readiness check has an answer. Answer the readiness questions to see where you stand.',
    };
  }
  const top = readiness.score !== null && readiness.score >= 75;
  return {
    tone: top ? 'ready' : 'caution',
    headline: top ? 'Ready to segment' : `${label}: close the gaps below before you segment`,
    detail: readiness.level.meaning,
  };
}

/**
 * Overall readiness with how much of it rests on answers, in the words the PDF and the Markdown plan
 * use: `77 of 100, Ready (all 22 checks answered)`, `62 of 100, Partly ready (based on 18 of 24
 * checks)`, or `Not scored yet`.
 */
export function readinessSoFar(readiness: Pick<Plan['readiness'], 'score' | 'verdict' | 'basis'>): string {
  const line = readinessLine(readiness);
  const { answered, applicable } = readiness.basis;
  return readiness.score !== null && answered === applicable ? `${line} (all ${applicable} checks answered)` : line;
}

/** How many of a dimension's checks are scored from answers, out of those that apply (hidden ones do not). */
export function dimensionBasis(dimension: DimensionScore): { answered: number; applicable: number } {
  const answered = dimension.raised.length + dimension.lowered.length;
  const waiting = dimension.unknown.filter((u) => u.questionIds.length > 0).length;
  return { answered, applicable: answered + waiting };
}

/**
 * A dimension's level with its basis, so "Don't know" never reads as "Ready": `Ready`, when every
 * check is answered, else `Ready on 1 of 4 checks`, or `Not scored: 0 of 3 checks answered`.
 */
export function dimensionLevelText(dimension: DimensionScore): string {
  const { answered, applicable } = dimensionBasis(dimension);
  if (dimension.score === null || dimension.level === null) return `Not scored: 0 of ${applicable} checks answered`;
  if (answered === applicable) return dimension.level.label;
  return `${dimension.level.label} on ${answered} of ${applicable} checks`;
}

/** The share of a dimension's checks that are answered, 0 to 1 (1 when none applies). */
export function dimensionBasisShare(dimension: DimensionScore): number {
  const { answered, applicable } = dimensionBasis(dimension);
  return applicable === 0 ? 1 : answered / applicable;
}

const RISK_ORDER: readonly Risk[] = ['high', 'medium', 'low'];

/** The flagged findings counted by risk, highest first, leaving out risks with none: `2 high, 1 medium`. */
export function riskCounts(findings: readonly Pick<MistakeFinding, 'risk'>[]): { risk: Risk; count: number }[] {
  return RISK_ORDER.map((risk) => ({ risk, count: findings.filter((f) => f.risk === risk).length })).filter(
    (c) => c.count > 0,
  );
}

/** The flagged findings, highest risk first; the plan's own order breaks ties. */
export function flaggedFindings(findings: readonly MistakeFinding[]): MistakeFinding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.risk !== 'none')
    .sort((a, b) => RISK_ORDER.indexOf(a.f.risk) - RISK_ORDER.indexOf(b.f.risk) || a.i - b.i)
    .map(({ f }) => f);
}
