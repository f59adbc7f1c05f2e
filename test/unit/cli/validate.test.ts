import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, STACK_TRACE, tempDir, tempFile } from './support/run-cli.ts';

const meta = { organisation: 'Acme', respondent: 'Ann', role: 'VP', date: '2025-03-03' };
const doc = (extra: object) =>
  JSON.stringify({ schemaVersion: 1, contentVersion: '1.0.0', meta, answers: {}, notes: {}, ...extra });

describe('segment-playbook validate', () => {
  it('says a valid file is valid and exits 0', () => {
    const result = runCli(['validate', join(FIXTURES, 'northwind-pharma.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/northwind-pharma\.json: valid\. \d+ of \d+ questions answered\./);
  });

  it('names each bad field by its path and what was expected, and exits 1', () => {
    const path = tempFile(
      'bad.json',
      doc({
        meta: { ...meta, date: '2025-02-30' },
        answers: { 'method.goal': 'world-domination', 'segment-count.reps': -4 },
      }),
    );
    const envelope = runCli(['validate', path]);
    expect(envelope.code).toBe(1);
    expect(envelope.stdout).toMatch(/meta\.date: must be a real calendar date/);

    const answers = runCli([
      'validate',
      tempFile(
        'answers.json',
        doc({ answers: { 'method.goal': 'world-domination', 'segment-count.reps': -4, 'gone.question': 'x' } }),
      ),
    ]);
    expect(answers.code).toBe(1);
    expect(answers.stdout).toMatch(/not valid: 3 problems/);
    expect(answers.stdout).toMatch(
      /answers\["method\.goal"\]: "world-domination" is not an option; expected one of call-allocation, /,
    );
    expect(answers.stdout).toMatch(/answers\["segment-count\.reps"\]: -4 is out of range; expected 1 to 20000/);
    expect(answers.stdout).toMatch(/answers\["gone\.question"\]: no question has this id/);
  });

  it('names answers that contradict each other, with the answers involved, and exits 1', () => {
    const result = runCli([
      'validate',
      tempFile(
        'conflict.json',
        doc({
          answers: {
            'organisation.decision-level': 'shared',
            'organisation.parent-count': 900,
            'segment-count.accounts': 300,
            'organisation.market-data': 'none',
            'method.data': ['transactions', 'market-data'],
          },
        }),
      ),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/not valid: 2 problems/);
    expect(result.stdout).toMatch(
      /answers\["organisation\.parent-count"\]: contradicts answers\["segment-count\.accounts"\]: There are more groups above the unit than units/,
    );
    expect(result.stdout).toMatch(/answers\["method\.data"\]: contradicts answers\["organisation\.market-data"\]/);
    // The same counts the right way round are no conflict.
    const fixed = runCli([
      'validate',
      tempFile(
        'fixed.json',
        doc({
          answers: {
            'organisation.decision-level': 'shared',
            'organisation.parent-count': 30,
            'segment-count.accounts': 300,
          },
        }),
      ),
    ]);
    expect(fixed.code).toBe(0);
  });

  it('reports an older content version without calling the file invalid', () => {
    const result = runCli(['validate', tempFile('old.json', doc({ contentVersion: '0.1.0' }))]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/written against content version 0\.1\.0/);
  });

  it('rejects a prototype-polluting key by name', () => {
    const path = tempFile('proto.json', '{"schemaVersion":1,"answers":{"__proto__":{"x":1}}}');
    const result = runCli(['validate', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/answers\.__proto__: the key "__proto__" is not allowed/);
  });

  it.each([
    ['a missing file', () => join(tempDir(), 'nope.json'), /nope\.json: cannot be read: no such file/],
    ['a directory', () => tempDir(), /is a directory, not a file/],
    ['an empty file', () => tempFile('empty.json', ''), /empty\.json: the file is empty/],
    ['text that is not JSON', () => tempFile('notes.json', 'answers: yes'), /notes\.json: not valid JSON/],
    ['a binary file', () => tempFile('image.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /looks binary/],
  ])('exits 2 with one clear message and no stack trace for %s', (_name, makePath, message) => {
    const result = runCli(['validate', makePath()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stdout).toBe('');
  });
});
