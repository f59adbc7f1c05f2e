/**
 * The real content from content/, loaded the way the command line loads it. Tests over the
 * whole catalogue use it, so new questions, rules and catalogue entries are covered
 * automatically. Invalid content fails the test with the content problems listed.
 */
import { resolve } from 'node:path';
import { loadContentFromDisk } from '../../../../src/content-model/load-from-disk.ts';
import { formatProblems } from '../../../../src/content-model/sources.ts';
import type { ContentBundle } from '../../../../src/schema/content-bundle.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');

let cached: ContentBundle | undefined;

export function realContent(): ContentBundle {
  if (cached !== undefined) return cached;
  const { bundle, problems } = loadContentFromDisk(PROJECT_ROOT);
  if (bundle === undefined) throw new Error(formatProblems(problems));
  cached = bundle;
  return bundle;
}
