import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const patchDir = join(root, 'patches');

/** Each file a patch changes, with the lines it adds and removes (the `+` and `-` lines of its hunks). */
function changedLines(patch: string): Map<string, { added: string[]; removed: string[] }> {
  const files = new Map<string, { added: string[]; removed: string[] }>();
  let current: { added: string[]; removed: string[] } | undefined;
  for (const line of patch.split('\n')) {
    const target = /^\+\+\+ b\/(.+)$/.exec(line);
    if (target?.[1] !== undefined) {
      current = { added: [], removed: [] };
      files.set(target[1], current);
    } else if (current !== undefined && line.startsWith('+') && line.trim() !== '+') {
      current.added.push(line.slice(1));
    } else if (current !== undefined && line.startsWith('-') && !line.startsWith('---')) {
      current.removed.push(line.slice(1));
    }
  }
  return files;
}

/** A line long enough to name one statement, not a brace or an `else` found all over the file. */
const distinctive = (line: string): boolean => line.trim().length >= 20;

describe('patches to dependencies (applied by patch-package when npm install runs)', () => {
  const patches = readdirSync(patchDir).filter((name) => name.endsWith('.patch'));

  it('patch react-pdf layout, paginate and render, the three the README describes', () => {
    expect(patches.map((name) => name.replace(/\+[^+]*\.patch$/, '')).sort()).toEqual([
      '@react-pdf+layout',
      '@react-pdf+paginate',
      '@react-pdf+render',
    ]);
  });

  it.each(patches)('%s is applied to the installed package: its lines are in, the ones it replaces are out', (name) => {
    const files = changedLines(readFileSync(join(patchDir, name), 'utf8'));
    expect(files.size).toBeGreaterThan(0);
    for (const [file, { added, removed }] of files) {
      const installed = readFileSync(join(root, file), 'utf8');
      expect(added.length, file).toBeGreaterThan(0);
      for (const line of added) expect(installed, `${file} lacks: ${line}`).toContain(line);
      const replaced = removed.filter((line) => distinctive(line) && !added.includes(line));
      expect(replaced.length, file).toBeGreaterThan(0);
      for (const line of replaced) expect(installed, `${file} still has: ${line}`).not.toContain(line);
    }
  });

  it('each patch names the installed version of its package', () => {
    for (const name of patches) {
      const match = /^(.+)\+([^+]+)\.patch$/.exec(name);
      expect(match, name).not.toBeNull();
      const pkg = (match?.[1] ?? '').replace('+', '/');
      const { version } = JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(version, name).toBe(match?.[2]);
    }
  });
});
