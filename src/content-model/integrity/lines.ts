import { PHASE_LINE_LISTS, type ConditionalLine } from '../../schema/catalogue.ts';
import { conditionLeaves, type Condition } from '../../schema/condition.ts';
import { isDesignFact } from '../../schema/design-facts.ts';
import type { ContentFiles } from '../sources.ts';
import { checkCondition } from './conditions.ts';
import type { ContentIds } from './ids.ts';
import type { Report } from './report.ts';

/**
 * The conditional lines of one catalogue entry, by field: lists, in which a line may drop out, and
 * single texts (an owner, a check question), which must give a text for every answer.
 */
export interface EntryLines {
  readonly file: string;
  /** What kind of entry, as the messages name it: "a mistake", "a system", … */
  readonly kind: string;
  /** Whether the plan resolves these lines after the segment design, so they may read its facts. */
  readonly afterDesign: boolean;
  readonly lists: readonly (readonly [field: string, lines: readonly ConditionalLine[]])[];
  readonly singles: readonly (readonly [field: string, line: ConditionalLine])[];
}

/**
 * Every catalogue text that reaches the plan and may depend on the answers (see
 * conditionalLineSchema): rollout phases, mistakes' remediation, systems and warning signs.
 * Mistakes are assessed before the design exists; the rest after it.
 */
export function catalogueLines(files: ContentFiles): EntryLines[] {
  return [
    ...files.rollout.map(({ file, data }) => ({
      file,
      kind: 'a rollout phase',
      afterDesign: true,
      lists: PHASE_LINE_LISTS.map((list) => [list, data[list]] as const),
      singles: [['owner', data.owner] as const],
    })),
    ...files.mistakes.map(({ file, data }) => ({
      file,
      kind: 'a mistake',
      afterDesign: false,
      lists: [['remediation', data.remediation] as const],
      singles: [],
    })),
    ...files.systems.map(({ file, data }) => ({
      file,
      kind: 'a system',
      afterDesign: true,
      lists: [
        ['changes', data.changes] as const,
        ['checklist', data.checklist] as const,
        ['risks', data.risks] as const,
      ],
      singles: [['owner', data.owner] as const],
    })),
    ...files.warningSigns.map(({ file, data }) => ({
      file,
      kind: 'a warning sign',
      afterDesign: true,
      lists: [],
      singles: [['checkQuestion', data.checkQuestion] as const],
    })),
  ];
}

/** Whether some answers leave the line with nothing to print: a condition with no plain text to fall back on. */
export const canDrop = (line: ConditionalLine): boolean =>
  typeof line !== 'string' && (line.otherwise === undefined || canDrop(line.otherwise));

/** Each condition in a line and its `otherwise` chain, with the field it sits in. */
export function lineConditions(line: ConditionalLine, field: string): [string, Condition][] {
  if (typeof line === 'string') return [];
  return [
    [`${field}.when`, line.when],
    ...(line.otherwise === undefined ? [] : lineConditions(line.otherwise, `${field}.otherwise`)),
  ];
}

/**
 * The conditional lines of every catalogue entry: each condition is sound (and reads a design fact
 * only where the plan resolves the line after the design), no list can drop every line, since a
 * list whose every line can drop out could print empty ("to 0 audiences"), and a single text
 * always gives one.
 */
export function checkLines(files: ContentFiles, ids: ContentIds, report: Report): void {
  for (const entry of catalogueLines(files)) {
    const check = (line: ConditionalLine, field: string): void => {
      for (const [at, condition] of lineConditions(line, field)) {
        checkCondition(condition, at, ids.questions, undefined, (f, v, m) => report(entry.file, f, v, m));
        if (!entry.afterDesign)
          for (const leaf of conditionLeaves(condition))
            if ('question' in leaf && isDesignFact(leaf.question))
              report(
                entry.file,
                at,
                leaf.question,
                `the lines of ${entry.kind} are chosen before the design exists, so they cannot read ${leaf.question}`,
              );
      }
    };
    for (const [list, lines] of entry.lists) {
      lines.forEach((line, i) => check(line, `${list}[${i}]`));
      if (lines.every(canDrop))
        report(
          entry.file,
          list,
          lines.length,
          'every line has a condition and no otherwise, so some answers leave the list empty; make one line plain or give one an otherwise',
        );
    }
    for (const [field, line] of entry.singles) {
      check(line, field);
      if (canDrop(line))
        report(
          entry.file,
          field,
          typeof line === 'string' ? line : line.text,
          'some answers leave this text empty; end its otherwise chain with a plain text',
        );
    }
  }
}
