import type { ConditionalLine } from '../schema/catalogue.ts';
import { holds, type PlanContext } from './evidence.ts';

/**
 * The text a conditional line prints for these answers: `text` when `when` holds, else its
 * `otherwise` (resolved the same way), else none. Every catalogue text that reaches the plan goes
 * through here, so a line reads the same wherever it is used (see conditionalLineSchema).
 */
export function resolveLine(context: PlanContext, line: ConditionalLine): string | undefined {
  if (typeof line === 'string') return line;
  if (holds(context, line.when)) return line.text;
  return line.otherwise === undefined ? undefined : resolveLine(context, line.otherwise);
}

/** The lines of a list that fit the answers, in order; a line with nothing to print drops out. */
export function resolveLines(context: PlanContext, lines: readonly ConditionalLine[]): string[] {
  return lines.flatMap((line) => {
    const text = resolveLine(context, line);
    return text === undefined ? [] : [text];
  });
}

/**
 * A single text (an owner, a check question). The content check makes sure it always resolves
 * (its last `otherwise` is plain), so the guide's text is only a guard for content that skipped it.
 */
export function resolveText(context: PlanContext, line: ConditionalLine): string {
  return resolveLine(context, line) ?? (typeof line === 'string' ? line : line.text);
}
