import type { ContentFiles } from '../sources.ts';
import type { Report } from './report.ts';

/** The readiness levels must cover every score: one of them starts at 0. */
export function checkLevels(files: ContentFiles, report: Report): void {
  if (!files.readiness.data.levels.some((l) => l.min === 0)) {
    report(
      files.readiness.file,
      'levels',
      files.readiness.data.levels.map((l) => l.min),
      'one level must start at min 0',
    );
  }
}
