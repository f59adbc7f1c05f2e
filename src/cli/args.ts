import { CliFailure, EXIT } from './exit-codes.ts';

/** The plan formats this build can write; the PDF issue adds `pdf`. */
export const PLAN_FORMATS = ['json', 'md', 'pdf'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export type Command =
  | { readonly name: 'help' }
  | { readonly name: 'template'; readonly output: string | null }
  | { readonly name: 'validate'; readonly file: string }
  | { readonly name: 'plan'; readonly file: string; readonly format: PlanFormat; readonly output: string | null };

export const USAGE = `Usage:
  segment-playbook template [-o FILE]
      Print a blank answers file listing every question and the values it accepts.
  segment-playbook validate FILE
      Say whether FILE is a valid answers file; name each bad field and what was expected.
  segment-playbook plan FILE [--format json|md|pdf] [-o FILE]
      Build the segmentation plan from the answers in FILE and print it, or write it to -o FILE.

Exit codes: 0 done; 1 the file is not valid (validate); 2 usage error or a bad or unreadable file;
3 the bundled content is invalid; 4 an internal error.`;

const usageError = (message: string): CliFailure => new CliFailure(`${message}\n\n${USAGE}`, EXIT.usage);

/** Options as `--name value`, `--name=value` or `-o value`; the rest are positional arguments. */
function splitOptions(
  args: readonly string[],
  known: readonly string[],
): { options: Map<string, string>; positional: string[] } {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [rawName = '', inline] = arg.split(/=(.*)/s, 2);
    const name = rawName === '-o' ? '--output' : rawName;
    if (!known.includes(name)) throw usageError(`Unknown option "${rawName}".`);
    const value = inline ?? args[i + 1];
    if (value === undefined || value === '') throw usageError(`The option "${rawName}" needs a value.`);
    if (inline === undefined) i += 1;
    options.set(name, value);
  }
  return { options, positional };
}

function oneFile(command: string, positional: readonly string[]): string {
  if (positional.length === 0) throw usageError(`"${command}" needs the answers FILE.`);
  if (positional.length > 1) throw usageError(`"${command}" takes one FILE; got ${positional.length}.`);
  return positional[0] ?? '';
}

/** Parse the command line (without `node` and the script). Throws a usage `CliFailure`. */
export function parseArgs(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined) throw usageError('No command given.');
  if (name === 'help' || name === '--help' || name === '-h') return { name: 'help' };
  if (rest.includes('--help') || rest.includes('-h')) return { name: 'help' };
  switch (name) {
    case 'template': {
      const { options, positional } = splitOptions(rest, ['--output']);
      if (positional.length > 0) throw usageError('"template" takes no FILE; use -o FILE to write one.');
      return { name, output: options.get('--output') ?? null };
    }
    case 'validate': {
      const { positional } = splitOptions(rest, []);
      return { name, file: oneFile(name, positional) };
    }
    case 'plan': {
      const { options, positional } = splitOptions(rest, ['--format', '--output']);
      const format = options.get('--format') ?? 'json';
      if (!(PLAN_FORMATS as readonly string[]).includes(format))
        throw usageError(`Unknown format "${format}"; expected ${PLAN_FORMATS.join(' or ')}.`);
      return {
        name,
        file: oneFile(name, positional),
        format: format as PlanFormat,
        output: options.get('--output') ?? null,
      };
    }
    default:
      throw usageError(`Unknown command "${name}".`);
  }
}
