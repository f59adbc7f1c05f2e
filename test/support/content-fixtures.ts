import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
    ? readFileSync(expectedFile, 'utf8').split('\n').filter((l) => l.trim() !== '')
    : [];
  return { root, expected };
}
