import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadContentFromDisk } from '../../src/content-model/load-from-disk.ts';
import { formatProblems } from '../../src/content-model/sources.ts';
import type { ContentBundle } from '../../src/schema/content-bundle.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const SAMPLE_CONTENT = join(PROJECT_ROOT, 'test/fixtures/sample-content');
export const BROKEN_CONTENT = join(PROJECT_ROOT, 'test/fixtures/broken-content');

/**
 * A throwaway project root whose `content/` is the sample content with one broken fixture laid
 * over it. Returns the root; the fixture's expected problem lines are in `expected.txt`.
 */
export function brokenProject(fixture: string): { root: string; expected: string[] } {
  const root = mkdtempSync(join(tmpdir(), `broken-${fixture}-`));
  cpSync(SAMPLE_CONTENT, join(root, 'content'), { recursive: true });
  cpSync(join(BROKEN_CONTENT, fixture, 'overlay'), join(root, 'content'), { recursive: true });
  const expectedFile = join(BROKEN_CONTENT, fixture, 'expected.txt');
  const expected = existsSync(expectedFile)
    ? readFileSync(expectedFile, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
    : [];
  return { root, expected };
}

let cached: ContentBundle | undefined;

/**
 * The real content from content/, loaded the way the command line loads it, once per test file.
 * Tests over the whole catalogue use it, so new content is covered automatically. Invalid
 * content fails the test with the content problems listed.
 */
export function realContent(): ContentBundle {
  if (cached !== undefined) return cached;
  const { bundle, problems } = loadContentFromDisk(PROJECT_ROOT);
  if (bundle === undefined) throw new Error(formatProblems(problems));
  cached = bundle;
  return bundle;
}
