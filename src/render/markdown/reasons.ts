import type { Evidence, Reason } from '../../schema/plan/index.ts';
import { inline } from './escape.ts';

/** "the goal: Written, no KPI" — an answer quoted with its topic. */
export function quoteEvidence(e: Evidence): string {
  const answer =
    e.status === 'hidden'
      ? 'not asked'
      : e.status === 'unanswered'
        ? 'not answered'
        : e.answerLabels.map(inline).join(', ') || 'none';
  return `${inline(e.topic)}: "${answer}"`;
}

/** A reason with its quoted answers. */
export function reasonLine(r: Reason, prefix = ''): string {
  const quoted = r.evidence.map(quoteEvidence);
  return `${prefix}${inline(r.because)}${quoted.length > 0 ? ` (${quoted.join('; ')})` : ''}`;
}
