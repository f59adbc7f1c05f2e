import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenProject, PROJECT_ROOT } from '../../support/content-fixtures.ts';

/** Runs `astro build` against a broken content folder; the content check stops it before any page is built. */
function buildWith(contentDir: string): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(contentDir, '..', 'dist')],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, SEGMENT_PLAYBOOK_CONTENT: contentDir, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('astro build with broken content', () => {
  it.each(['rule-unknown-mistake', 'forward-reference', 'bad-accent-colour', 'quick-check-hidden-question'])(
    'fails and names the file, field and value for the fixture "%s"',
    (fixture) => {
      const { root, expected } = brokenProject(fixture);
      const { status, output } = buildWith(join(root, 'content'));
      expect(status).not.toBe(0);
      for (const line of expected) {
        // The build reports paths relative to this project, so compare from the folder name on.
        expect(output).toContain(line.replace(/^content\//, ''));
      }
    },
  );
});
