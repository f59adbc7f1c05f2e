import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswersJson } from '../../../src/engine/answers/parse.ts';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { planToMarkdown } from '../../../src/render/markdown/plan-markdown.ts';
import { planSchema } from '../../../src/schema/plan/index.ts';
import { realContent } from '../engine/support/real-content.ts';
import { FIXTURES, runCli, STACK_TRACE, tempDir, tempFile } from './support/run-cli.ts';

const NORTHWIND = join(FIXTURES, 'northwind-pharma.json');

describe('segment-playbook plan', () => {
  it("prints the plan as JSON by default: valid against the plan schema and equal to the engine's plan", () => {
    const result = runCli(['plan', NORTHWIND]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const plan: unknown = JSON.parse(result.stdout);
    expect(planSchema.safeParse(plan).success).toBe(true);
    const parsed = parseAnswersJson(readFileSync(NORTHWIND, 'utf8'));
    if (!parsed.ok) throw new Error('fixture does not parse');
    expect(plan).toEqual(buildPlan(realContent(), parsed.document));
  });

  it('gives a one-number segment range as one number in the Markdown summary and heading', () => {
    const parsed = parseAnswersJson(readFileSync(NORTHWIND, 'utf8'));
    if (!parsed.ok) throw new Error('fixture does not parse');
    const plan = buildPlan(realContent(), parsed.document);
    const single = {
      ...plan,
      segmentCount: { ...plan.segmentCount, min: 3, max: 3 },
      summary: { ...plan.summary, segmentRange: { min: 3, max: 3 } },
    };
    const markdown = planToMarkdown(single);
    expect(markdown).toContain('- Segments: 3\n');
    expect(markdown).toContain('## Segments: 3\n');
    expect(markdown).not.toContain('3 to 3');
  });

  it('prints Markdown with --format md', () => {
    const result = runCli(['plan', NORTHWIND, '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Customer segmentation plan: Northwind Pharma US/);
    for (const heading of [
      '## Summary',
      '## Readiness: ',
      '## Risks',
      '## Method: Potential by adoption matrix',
      '## Segments: 4',
      '## Systems impact',
      '## Rollout: 1 Sep 2025',
      '## Review cadence',
      '## Open questions',
    ]) {
      expect(result.stdout).toContain(heading);
    }
  });

  it('writes the plan to a file with -o and --format=md, from any working directory', () => {
    const out = join(tempDir(), 'plan.md');
    const result = runCli(['plan', NORTHWIND, '--format=md', '-o', out], tempDir());
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^# Customer segmentation plan/);
  });

  it('plans an older file, warning on stderr about each answer it sets aside', () => {
    const result = runCli(['plan', join(FIXTURES, 'legacy-partial.json')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /warning: .*legacy-partial\.json: answer "readiness\.goal-owner" set aside: no question has this id/,
    );
    expect(result.stderr).toMatch(/answer "method\.data" set aside: "crm-data" is not an option/);
    expect((JSON.parse(result.stdout) as { setAside: unknown[] }).setAside).toHaveLength(3);
  });

  it('escapes Markdown and HTML in answer text', () => {
    const hostile = JSON.stringify({
      schemaVersion: 1,
      contentVersion: '1.0.0',
      notes: {},
      meta: { organisation: '<script>alert(1)</script> | *Bold*', respondent: 'R', role: 'V', date: '2025-01-06' },
      answers: { 'cadence.owner': '[link](javascript:alert(1))' },
    });
    const result = runCli(['plan', tempFile('hostile.json', hostile), '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('<script>');
    expect(result.stdout).toContain('\\<script\\>alert(1)\\</script\\> \\| \\*Bold\\*');
    expect(result.stdout).toContain('\\[link\\](javascript:alert(1))');
  });

  it.each([
    ['a missing file', () => join(tempDir(), 'missing.json'), /missing\.json: cannot be read: no such file/],
    ['a file that is not JSON', () => tempFile('broken.json', '{"schemaVersion": 1,'), /broken\.json: not valid JSON/],
    [
      'a JSON file that is not an answers document',
      () => tempFile('list.json', '[1, 2, 3]'),
      /list\.json: not a valid answers file\n {2}- expected a JSON object/,
    ],
    [
      'a future schema version',
      () => tempFile('future.json', '{"schemaVersion": 7}'),
      /schemaVersion: schema version 7 is newer/,
    ],
    [
      'a file none of whose answers fits a question',
      () =>
        tempFile(
          'nothing.json',
          JSON.stringify({
            schemaVersion: 1,
            contentVersion: '1.1.0',
            meta: { organisation: 'Acme', respondent: 'Ann', role: 'VP', date: '2025-06-16' },
            answers: { 'segment-count.reps': 1e308, 'segment-count.accounts': -3, 'method.goal': '<b>x</b>' },
            notes: {},
          }),
        ),
      /nothing\.json: none of its 3 answers fits a question, so there is nothing to build a plan from \(method\.goal: "<b>x<\/b>" is not an option.*; and 1 more\)$/,
    ],
    [
      'UTF-16 without a byte-order mark',
      () => tempFile('utf16.json', Buffer.from('{"schemaVersion": 1}', 'utf16le')),
      /utf16\.json: the file looks binary or is not UTF-8 text/,
    ],
  ])('exits 2 with a clear message and no stack trace for %s', (_name, makePath, message) => {
    const result = runCli(['plan', makePath()]);
    expect(result.stderr.trim().split('\n')).toHaveLength(result.stderr.includes('not a valid answers file') ? 2 : 1);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stdout).toBe('');
  });

  it('reads a UTF-16 file that starts with a byte-order mark, as Windows Notepad saves "Unicode"', () => {
    const text = readFileSync(NORTHWIND, 'utf8');
    const path = tempFile(
      'northwind-utf16.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const result = runCli(['plan', path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(runCli(['plan', NORTHWIND]).stdout);
  });

  it('exits 2 naming the path when the output file cannot be written', () => {
    const out = join(tempDir(), 'no-such-dir', 'plan.json');
    const result = runCli(['plan', NORTHWIND, '-o', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no-such-dir\/plan\.json: cannot be written: no such file/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('segment-playbook plan --format pdf', () => {
  it('writes the designed PDF plan to the output file', async () => {
    const { readPdf, bodyText, squash } = await import('../../support/read-pdf.ts');
    const output = join(tempDir(), 'plan.pdf');
    const result = runCli(['plan', NORTHWIND, '--format', 'pdf', '-o', output]);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(output));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    const text = bodyText(pdf);
    for (const expected of [
      'Customer segmentation plan',
      'Northwind Pharma US',
      'Market data segmentation',
      'Executive summary',
      'Appendix',
    ]) {
      expect(text).toContain(squash(expected));
    }
    // Findings, methods, systems and phases cite their guide articles' sources.
    expect(text).toMatch(/Sources:\[S\d+\]/);
  });
});
