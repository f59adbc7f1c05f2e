// Alignment findings: the questions the team disagrees on most, said in one sentence each. They
// sit beside the mistake findings, so they name the topic and who disagrees.
import type { AnswerValue } from '../schema/answer-value.ts';
import type { AlignmentFinding } from '../schema/plan/alignment.ts';
import { answerKey, DONT_KNOW_KEY } from './distribution.ts';
import type { QuestionSpread } from './team-view.ts';

/**
 * From this disagreement up, a question is a finding ("medium"): for 3 people choosing among 4
 * options that is a 2–1 split, and on a 1–5 scale 2 against 4; below it the team broadly agrees.
 */
export const MEDIUM_DISAGREEMENT = 0.5;
/** From this up, a finding is "high": no answer is shared by most of the team, or answers sit at opposite ends. */
export const HIGH_DISAGREEMENT = 0.75;
/** The page lists at most this many findings unless told otherwise; more would bury the worst ones. */
export const DEFAULT_MAX_FINDINGS = 8;

/** A question the team disagrees on, said in one sentence, shown beside the mistake findings. */
export type { AlignmentFinding } from '../schema/plan/alignment.ts';

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** Roles whose majority answers are not all the same; empty when they all agree (or only one role answered). */
function dividedRoles(spread: QuestionSpread): string[] {
  const withMajority = spread.byRole.filter((r): r is typeof r & { majority: AnswerValue } => r.majority !== null);
  const majorities = new Set(withMajority.map((r) => answerKey(spread.question, r.majority)));
  return majorities.size < 2 ? [] : withMajority.map((r) => r.role);
}

function sentenceFor(spread: QuestionSpread, level: 'medium' | 'high', roles: readonly string[]): string {
  const opening = level === 'high' ? 'No shared view of' : 'Divided views of';
  const between = roles.length === 0 ? '' : ` between ${listInWords(roles)}`;
  const people = `${spread.answered} people`;
  if (spread.measure === 'ordinal') {
    const given = spread.distribution.filter((e) => e.count > 0 && e.key !== DONT_KNOW_KEY);
    const low = given[0]?.label;
    const high = given.at(-1)?.label;
    if (low !== undefined && high !== undefined && low !== high) {
      return `${opening} ${spread.topic}${between}: answers range from ${low} to ${high} across ${people}.`;
    }
  }
  return `${opening} ${spread.topic}${between}: ${spread.distinctAnswers} different answers from ${people}.`;
}

/**
 * The questions whose disagreement reaches `threshold` (default `MEDIUM_DISAGREEMENT`), most
 * disagreement first (ties in questionnaire order), at most `max` (default `DEFAULT_MAX_FINDINGS`).
 * Text questions and questions with fewer than two answers have no score and never appear.
 */
export function alignmentFindings(
  spreads: QuestionSpread[],
  options: { threshold?: number; max?: number } = {},
): AlignmentFinding[] {
  const threshold = options.threshold ?? MEDIUM_DISAGREEMENT;
  const max = options.max ?? DEFAULT_MAX_FINDINGS;
  return spreads
    .flatMap((spread, position) => {
      const d = spread.disagreement;
      if (d === null || d < threshold || d === 0) return [];
      const level: 'medium' | 'high' = d >= HIGH_DISAGREEMENT ? 'high' : 'medium';
      const roles = dividedRoles(spread);
      const finding: AlignmentFinding = {
        questionId: spread.questionId,
        sectionId: spread.sectionId,
        topic: spread.topic,
        disagreement: d,
        level,
        roles,
        answered: spread.answered,
        distinctAnswers: spread.distinctAnswers,
        sentence: sentenceFor(spread, level, roles),
      };
      return [{ finding, position }];
    })
    .sort((a, b) => b.finding.disagreement - a.finding.disagreement || a.position - b.position)
    .slice(0, Math.max(0, max))
    .map(({ finding }) => finding);
}
