// Shared by the bench scripts: the median, and the real content or a clear exit.
import { loadContentFromDisk } from '../../src/content-model/load-from-disk.ts';
import { formatProblems } from '../../src/content-model/sources.ts';
import type { ContentBundle } from '../../src/schema/content-bundle.ts';

/** The median of a list of timings (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The content in `root/content`; a bench cannot run without it, so it exits with the problems listed. */
export function contentOrExit(root: string): ContentBundle {
  const { bundle, problems } = loadContentFromDisk(root);
  if (bundle === undefined) {
    console.error(formatProblems(problems));
    process.exit(1);
  }
  return bundle;
}
