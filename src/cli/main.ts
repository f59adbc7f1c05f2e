import { parseArgs, USAGE } from './args.ts';
import { runPlan } from './commands/plan.ts';
import { runTemplate } from './commands/template.ts';
import { runValidate } from './commands/validate.ts';
import { CliFailure, EXIT } from './exit-codes.ts';
import type { CliIo } from './io.ts';

/**
 * Run the command line and return the exit code. Every failure becomes one clear message on
 * stderr; no stack trace is ever printed, even for an unexpected error.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.name) {
      case 'help':
        io.stdout(`${USAGE}\n`);
        return EXIT.ok;
      case 'template':
        return runTemplate(command.output, io);
      case 'validate':
        return runValidate(command.file, io);
      case 'plan':
        return await runPlan(command.file, command.format, command.output, io);
    }
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr(`segment-playbook: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`segment-playbook: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.internal;
  }
}

/** Today in local time, as the person running the command sees the date. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The process-bound entry point used by `bin/segment-playbook.js`. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (data) => process.stdout.write(data),
    stderr: (text) => process.stderr.write(text),
    today: localToday,
  });
}
