// The hostile files of test/fixtures/hostile, given to the command line (`plan FILE`) and to the
// site's import (the questionnaire's "Import answers" and the workshop's response files both call
// `importResponseFile`): each must have the same outcome in both, refused with the same reason, or
// imported with the same answers set aside. The command line runs in-process here, on the real files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import type { Plan } from '../../../src/schema/plan/index.ts';
import { importResponseFile } from '../../../src/workshop/import-file.ts';
import { realContent } from '../engine/support/real-content.ts';
import { generatedHostileText } from '../workshop/support/hostile-generated.ts';
import { tempDir } from './support/run-cli.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'fixtures', 'hostile');
interface HostileCase {
  kind: 'file' | 'share';
  expect: 'rejected' | 'set-aside' | 'verbatim' | 'imported';
  fragment: string;
  key?: string;
  generated?: true;
}
const { cases } = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as { cases: Record<string, HostileCase> };
/** Every file case: the committed files, and the generated ones written to a temporary file. */
const files = Object.entries(cases).filter(
  ([name, c]) => c.kind === 'file' && (c.generated !== true || generatedHostileText(name) !== null),
);
function pathOf(name: string): string {
  const generated = generatedHostileText(name);
  if (generated === null) return join(DIR, name);
  const path = join(tempDir(), 'generated.json');
  writeFileSync(path, generated);
  return path;
}

async function cli(path: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['plan', path], {
    stdout: (data) => void (stdout += typeof data === 'string' ? data : ''),
    stderr: (text) => void (stderr += text),
    today: () => '2025-06-16',
  });
  return { code, stdout, stderr };
}

describe('hostile files: the command line and the site decide alike', () => {
  it('covers at least 25 kinds of bad file', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(files)('%s', async (name, c) => {
    const path = pathOf(name);
    const bytes = new Uint8Array(readFileSync(path));
    const site = await importResponseFile(
      { name, size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) },
      realContent(),
    );
    const run = await cli(path);
    if (c.expect === 'rejected') {
      expect(site.ok).toBe(false);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(c.fragment);
      if (!site.ok) expect(site.message).toContain(c.fragment);
      return;
    }
    expect(run.code, run.stderr).toBe(0);
    expect(site.ok).toBe(true);
    if (!site.ok) return;
    const plan = JSON.parse(run.stdout) as Plan;
    expect(plan.setAside.map((s) => s.key).sort()).toEqual(site.setAside.map((s) => s.key).sort());
    if (c.expect === 'imported') expect(JSON.stringify(site.document.answers[c.key ?? ''])).toBe(c.fragment);
  });

  it('refuses a 20 MB file in both, by its size', async () => {
    const path = join(tempDir(), 'huge.json');
    writeFileSync(path, `{"a":"${'x'.repeat(20_000_000)}"}`);
    expect((await cli(path)).stderr).toContain('too large');
    const site = await importResponseFile(
      { name: 'huge.json', size: 20_000_008, arrayBuffer: () => Promise.reject(new Error('must not be read')) },
      realContent(),
    );
    expect(site.ok ? '' : site.message).toContain('too large');
  });
});
