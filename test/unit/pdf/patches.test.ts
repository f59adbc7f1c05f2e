import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const patchDir = join(root, 'patches');

/** Each file a patch changes, with the lines it adds (the `+` lines of its hunks). */
function addedLines(patch: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of patch.split('\n')) {
    const target = /^\+\+\+ b\/(.+)$/.exec(line);
    if (target?.[1] !== undefined) {
      current = [];
      files.set(target[1], current);
    } else if (current !== undefined && line.startsWith('+') && line.trim() !== '+') {
      current.push(line.slice(1));
    }
  }
  return files;
}

describe('patches to dependencies (applied by patch-package when npm install runs)', () => {
  const patches = readdirSync(patchDir).filter((name) => name.endsWith('.patch'));

  it('patch react-pdf layout, paginate and render, the three the README describes', () => {
    expect(patches.map((name) => name.replace(/\+[^+]*\.patch$/, '')).sort()).toEqual([
      '@react-pdf+layout',
      '@react-pdf+paginate',
      '@react-pdf+render',
    ]);
  });

  it.each(patches)('%s is applied to the installed package', (name) => {
    const files = addedLines(readFileSync(join(patchDir, name), 'utf8'));
    expect(files.size).toBeGreaterThan(0);
    for (const [file, lines] of files) {
      const installed = readFileSync(join(root, file), 'utf8');
      expect(lines.length, file).toBeGreaterThan(0);
      for (const line of lines) expect(installed, `${file} lacks: ${line}`).toContain(line);
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
