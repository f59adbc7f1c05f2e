/**
 * Judges a plan against one of the twelve expert reference cases (../shared/EXPERT-CASES.md), by the
 * rule in test/fixtures/expert-cases/expectations.yaml: method, segments, risks, must-not items and
 * findings that must stay quiet. Used by the golden test and by `npm run cases`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseAnswersJson } from '../../src/engine/answers/parse.ts';
import { buildPlan } from '../../src/engine/build-plan.ts';
import type { ContentBundle } from '../../src/schema/content-bundle.ts';
import type { Plan } from '../../src/schema/plan/index.ts';

export const CASES_DIR = join(import.meta.dirname, '../fixtures/expert-cases');

type Level = 'none' | 'low' | 'medium' | 'high';
const RANK: Record<Level, number> = { none: 0, low: 1, medium: 2, high: 3 };

/** One must-not check: every key present must hold. */
export interface MustNotCheck {
  readonly topMethodNot?: readonly string[];
  readonly notInTop?: { readonly n: number; readonly methods: readonly string[] };
  readonly noLayerMethod?: readonly string[];
  readonly findingNotAbove?: { readonly id: string; readonly level: Level };
  readonly membershipMonthsAtLeast?: number;
  readonly membershipMonthsAtMost?: number;
  readonly designMonthsAtMost?: number;
  readonly rolloutWeeksAtMost?: number;
  readonly rolloutWeeksAtLeast?: number;
  readonly phaseIncluded?: string;
  readonly phaseSkipped?: string;
  readonly textNot?: readonly string[];
  readonly textMust?: readonly string[];
  readonly lowestBaseSegmentNoField?: boolean;
  readonly baseSegmentRuleNot?: readonly string[];
  readonly reviewer?: boolean;
}

/** One case as expectations.yaml states it. */
export interface ExpertCase {
  readonly id: string;
  readonly file: string;
  readonly base: readonly string[];
  readonly baseAlt?: {
    readonly method: string;
    readonly requireInTop: { readonly n: number; readonly methods: readonly string[] };
  };
  readonly overlay: readonly string[] | null;
  readonly segments: { readonly base: readonly [number, number]; readonly overlay: readonly [number, number] | null };
  readonly risks: readonly (readonly string[] | 'new')[];
  readonly quiet: readonly string[];
  readonly mustNot: readonly { readonly say: string; readonly check: MustNotCheck }[];
  readonly expert: string;
}

/** The verdict on one case: whether it agrees, and each part that does not. */
export interface CaseVerdict {
  readonly id: string;
  readonly agrees: boolean;
  readonly failures: string[];
  /** Must-not items that need a human reviewer as well. */
  readonly forReviewer: string[];
  readonly plan: Plan;
}

export function loadCases(): ExpertCase[] {
  return parseYaml(readFileSync(join(CASES_DIR, 'expectations.yaml'), 'utf8')) as ExpertCase[];
}

export function caseDocument(c: ExpertCase) {
  const parsed = parseAnswersJson(readFileSync(join(CASES_DIR, c.file), 'utf8'));
  if (!parsed.ok) throw new Error(`${c.file} does not parse`);
  return parsed.document;
}

/** Every sentence the plan shows, for the text checks. */
function planText(plan: Plan): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      // Answers are quoted as given; they are the organisation's words, not the plan's.
      if (key !== 'answerLabels' && key !== 'note' && key !== 'prompt' && key !== 'fromLabels' && key !== 'toLabels')
        out.push(value);
    } else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (k !== 'answerSheet' && k !== 'meta') walk(v, k);
  };
  walk(plan, '');
  return out;
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean => a[0] <= b[1] && b[0] <= a[1];

/** Check one must-not map; returns the reasons it failed. */
function mustNotFailures(plan: Plan, check: MustNotCheck): string[] {
  const failures: string[] = [];
  const ranked = plan.method.ranking.filter((m) => !m.blocked).map((m) => m.methodId);
  const top = plan.method.recommended;
  if (check.topMethodNot !== undefined && top !== null && check.topMethodNot.includes(top))
    failures.push(`top method is ${top}`);
  if (check.notInTop !== undefined) {
    const hit = ranked.slice(0, check.notInTop.n).filter((m) => check.notInTop?.methods.includes(m));
    if (hit.length > 0) failures.push(`${hit.join(', ')} in the top ${check.notInTop.n}`);
  }
  if (check.noLayerMethod !== undefined) {
    const hit = plan.design.layers.filter((l) => check.noLayerMethod?.includes(l.methodId));
    if (hit.length > 0) failures.push(`a ${hit.map((l) => `${l.kind} layer uses ${l.methodId}`).join(', ')}`);
  }
  if (check.findingNotAbove !== undefined) {
    const finding = plan.mistakeFindings.find((f) => f.mistakeId === check.findingNotAbove?.id);
    if (finding !== undefined && RANK[finding.risk] > RANK[check.findingNotAbove.level])
      failures.push(`${finding.mistakeId} is ${finding.risk}`);
  }
  const membership = plan.cadence.membership.months;
  if (check.membershipMonthsAtLeast !== undefined && membership < check.membershipMonthsAtLeast)
    failures.push(`membership every ${membership} months`);
  if (check.membershipMonthsAtMost !== undefined && membership > check.membershipMonthsAtMost)
    failures.push(`membership every ${membership} months`);
  if (check.designMonthsAtMost !== undefined && plan.cadence.design.months > check.designMonthsAtMost)
    failures.push(`design review every ${plan.cadence.design.months} months`);
  // The cases' rollout lengths run to the launch ("pilot ... before the January plan year"); the
  // reinforcement after it belongs to the review cadence they state separately.
  const toLaunch = plan.rollout.launchWeeks ?? plan.rollout.totalWeeks;
  if (check.rolloutWeeksAtMost !== undefined && toLaunch > check.rolloutWeeksAtMost)
    failures.push(`rollout of ${toLaunch} weeks to launch`);
  if (check.rolloutWeeksAtLeast !== undefined && toLaunch < check.rolloutWeeksAtLeast)
    failures.push(`rollout of ${toLaunch} weeks to launch`);
  const phase = (id: string) => plan.rollout.phases.find((p) => p.phaseId === id);
  if (check.phaseIncluded !== undefined && phase(check.phaseIncluded)?.included !== true)
    failures.push(`phase ${check.phaseIncluded} is not included`);
  if (check.phaseSkipped !== undefined && phase(check.phaseSkipped)?.included !== false)
    failures.push(`phase ${check.phaseSkipped} is not skipped`);
  const text = planText(plan);
  for (const pattern of check.textNot ?? []) {
    const re = new RegExp(pattern, 'i');
    const hit = text.find((t) => re.test(t));
    if (hit !== undefined) failures.push(`says "${hit.slice(0, 120)}"`);
  }
  for (const pattern of check.textMust ?? []) {
    const re = new RegExp(pattern, 'i');
    if (!text.some((t) => re.test(t))) failures.push(`never says /${pattern}/`);
  }
  const base = plan.design.layers.find((l) => l.kind === 'base');
  if (check.lowestBaseSegmentNoField === true) {
    const lowest = base?.segments.at(-1);
    if (lowest !== undefined && lowest.treatment.channel === 'field' && lowest.treatment.callsPerYear > 0)
      failures.push(`the lowest base segment (${lowest.name}) gets field visits`);
  }
  for (const pattern of check.baseSegmentRuleNot ?? []) {
    const re = new RegExp(pattern, 'i');
    const hit = base?.segments.find((s) => re.test(s.rule));
    if (hit !== undefined) failures.push(`base segment ${hit.name} has the rule "${hit.rule}"`);
  }
  return failures;
}

/** Judge one case by the five parts of the rule. */
export function judgeCase(content: ContentBundle, c: ExpertCase): CaseVerdict {
  const plan = buildPlan(content, caseDocument(c));
  const failures: string[] = [];
  const forReviewer: string[] = [];
  const ranked = plan.method.ranking.filter((m) => !m.blocked).map((m) => m.methodId);
  const top = plan.method.recommended;

  // 1. Method: the top-ranked method is in the base family (or the alternative, on its condition).
  const alt =
    c.baseAlt !== undefined &&
    top === c.baseAlt.method &&
    ranked.slice(0, c.baseAlt.requireInTop.n).some((m) => c.baseAlt?.requireInTop.methods.includes(m));
  if (top === null || (!c.base.includes(top) && !alt))
    failures.push(`method: top is ${top ?? 'none'}, expected ${c.base.join(' or ')}`);
  if (c.overlay !== null) {
    const layered = plan.design.layers.some((l) => l.kind !== 'base' && c.overlay?.includes(l.methodId));
    const inTop = ranked.slice(0, 3).some((m) => c.overlay?.includes(m));
    if (!layered && !inTop) failures.push(`overlay: none of ${c.overlay.join(', ')} is a layer or in the top 3`);
  }

  // 2. Segments: the base range overlaps; an overlay range only where the plan counts the overlay.
  const range: [number, number] = [plan.summary.segmentRange.min, plan.summary.segmentRange.max];
  if (!overlaps(range, c.segments.base))
    failures.push(`segments: ${range.join('-')} against ${c.segments.base.join('-')}`);
  if (c.segments.overlay !== null) {
    const overlay = plan.design.layers.find((l) => l.kind !== 'base' && c.overlay?.includes(l.methodId));
    if (overlay !== undefined && !overlaps([overlay.count.min, overlay.count.max], c.segments.overlay))
      failures.push(
        `overlay segments: ${overlay.count.min}-${overlay.count.max} against ${c.segments.overlay.join('-')}`,
      );
  }

  // 3. Risks: at least 2 of the 3 at medium or high; a `new` risk cannot match, so the other two must.
  const flagged = new Set(plan.mistakeFindings.filter((f) => RANK[f.risk] >= RANK.medium).map((f) => f.mistakeId));
  const matched = c.risks.filter((r) => r !== 'new' && r.some((id) => flagged.has(id))).length;
  if (matched < 2)
    failures.push(
      `risks: ${matched} of ${c.risks.length} flagged (${c.risks.map((r) => (r === 'new' ? 'new' : r.join('/'))).join('; ')})`,
    );

  // 4. Must not say.
  for (const item of c.mustNot) {
    if (item.check.reviewer === true) forReviewer.push(item.say);
    const bad = mustNotFailures(plan, item.check);
    if (bad.length > 0) failures.push(`must not say "${item.say}": ${bad.join('; ')}`);
  }

  // 5. Quiet where it should be.
  for (const id of c.quiet) {
    const finding = plan.mistakeFindings.find((f) => f.mistakeId === id);
    if (finding !== undefined && RANK[finding.risk] >= RANK.medium) failures.push(`quiet: ${id} is ${finding.risk}`);
  }
  return { id: c.id, agrees: failures.length === 0, failures, forReviewer, plan };
}
