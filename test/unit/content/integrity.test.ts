import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../../src/content-model/load-from-disk.ts';
import { formatProblem, formatProblems } from '../../../src/content-model/sources.ts';
import { BROKEN_CONTENT, brokenProject, PROJECT_ROOT, SAMPLE_CONTENT } from '../../support/content-fixtures.ts';

describe('the content integrity check', () => {
  it('passes the real content in content/', () => {
    const result = loadContentFromDisk(PROJECT_ROOT);
    expect(result.problems.length === 0 ? '' : formatProblems(result.problems)).toBe('');
    expect(result.bundle?.sections.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('passes the sample content the broken fixtures are built on', () => {
    const result = loadContentFromDisk(PROJECT_ROOT, SAMPLE_CONTENT);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.bundle?.mistakes.map((m) => m.id)).toEqual(['segmenting-by-product', 'segmenting-without-purpose']);
  });

  const fixtures = readdirSync(BROKEN_CONTENT).sort();

  it('has at least 8 deliberately broken fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  it.each(fixtures)('reports exactly the expected problems for the broken fixture "%s"', (fixture) => {
    const { root, expected } = brokenProject(fixture);
    expect(expected.length, `${fixture}/expected.txt names at least one problem`).toBeGreaterThan(0);
    const result = loadContentFromDisk(root);
    expect(result.bundle).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual(expected);
  });

  it('names the file, the field and the bad value in every problem', () => {
    for (const fixture of fixtures) {
      const { root } = brokenProject(fixture);
      for (const p of loadContentFromDisk(root).problems) {
        expect(p.file).toMatch(/^content\//);
        expect(p.field).not.toBe('');
        expect(p.value).not.toBe('');
        expect(p.message).not.toBe('');
      }
    }
  });
});
