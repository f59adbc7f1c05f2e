/**
 * Runs the real command line as a user would: a child process of the project's Node 22 on
 * bin/segment-playbook.js, from any working directory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');
export const NODE = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
export const BIN = join(PROJECT_ROOT, 'bin', 'segment-playbook.js');
export const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'answers');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd = PROJECT_ROOT): CliResult {
  const result = spawnSync(NODE, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory for files a test writes. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'segment-playbook-cli-'));
}

/** Write `text` to a new temporary file and return its path. */
export function tempFile(name: string, text: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

/** A Node stack trace line, which the command line must never print. */
export const STACK_TRACE = /\n\s+at .+[(:]\d+/;
