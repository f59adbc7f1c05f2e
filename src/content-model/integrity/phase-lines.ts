import { PHASE_LINE_LISTS, type RolloutPhase } from '../../schema/catalogue.ts';
import { checkCondition } from './conditions.ts';
import type { ContentIds } from './ids.ts';
import type { Report } from './report.ts';

/**
 * The conditional lines of a rollout phase: each condition is sound, and no list can drop every
 * line, since a list whose every line can drop out could print empty ("to 0 audiences").
 */
export function checkPhaseLines(entry: { file: string; data: RolloutPhase }, ids: ContentIds, report: Report): void {
  for (const list of PHASE_LINE_LISTS) {
    entry.data[list].forEach((line, i) => {
      if (typeof line !== 'string')
        checkCondition(line.when, `${list}[${i}].when`, ids.questions, undefined, (f, v, m) =>
          report(entry.file, f, v, m),
        );
    });
    if (entry.data[list].every((line) => typeof line !== 'string' && line.otherwise === undefined)) {
      report(
        entry.file,
        list,
        entry.data[list].length,
        'every line has a condition and no otherwise, so some answers leave the list empty; make one line plain or give one an otherwise',
      );
    }
  }
}
