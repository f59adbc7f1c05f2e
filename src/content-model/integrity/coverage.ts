import type { ContentFiles } from '../sources.ts';
import type { Report } from './report.ts';
import type { Covered, RuleTarget } from './rules.ts';

/** Every mistake, method, system, warning sign and readiness dimension has a rule that can reach it. */
export function checkCoverage(files: ContentFiles, covered: Covered, report: Report): void {
  const needsRule = (
    entries: readonly { file: string; data: { id: string } }[],
    target: RuleTarget,
    kind: string,
  ): void => {
    for (const e of entries) {
      if (!covered.get(target)?.has(e.data.id))
        report(e.file, 'id', e.data.id, `has no ${kind} rule in content/rules/`);
    }
  };
  needsRule(files.mistakes, 'mistake', 'mistake');
  needsRule(files.methods, 'method', 'method');
  needsRule(files.systems, 'system', 'system');
  needsRule(files.warningSigns, 'sign', 'warning');
  for (const d of files.readiness.data.dimensions) {
    if (!covered.get('dimension')?.has(d.id)) {
      report(files.readiness.file, `dimensions.${d.id}`, d.id, 'has no readiness rule in content/rules/');
    }
  }
}
