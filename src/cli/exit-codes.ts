/**
 * Exit codes, stable for scripts:
 * - 0: done (`validate`: the file is valid);
 * - 1: `validate` only: the file was read but is not a valid answers document;
 * - 2: usage error, or a file that cannot be read, is not JSON, gives answers none of which fits a question, or
 *   (for `plan`) is not an answers document;
 * - 3: the content shipped with Segment Playbook is itself invalid (an installation problem, not the user's file);
 * - 4: an unexpected internal error (a bug), reported in one line.
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, badFile: 2, badContent: 3, internal: 4 } as const;

/** A failure to report in one line on stderr, with its exit code; never a stack trace. */
export class CliFailure extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}
