import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from './support/run-cli.ts';

describe('segment-playbook usage', () => {
  it('prints the usage and exits 0 for help', () => {
    const result = runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/segment-playbook template/);
    expect(result.stdout).toMatch(/segment-playbook plan FILE \[--format json\|md\|pdf\]/);
  });

  it.each([
    [[], /No command given/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['validate'], /"validate" needs the answers FILE/],
    [['validate', 'a.json', 'b.json'], /takes one FILE; got 2/],
    [['plan', 'a.json', '--format', 'docx'], /Unknown format "docx"; expected json or md or pdf/],
    [['plan', 'a.json', '--format'], /needs a value/],
    [['plan', 'a.json', '--colour'], /Unknown option "--colour"/],
    [['template', 'extra'], /takes no FILE/],
  ])('exits 2 with the reason and the usage for %j', (args, reason) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toMatch(/Usage:/);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
