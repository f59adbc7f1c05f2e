import type { ContentProblem } from '../sources.ts';

/** Records one problem: the file, the field in it, the bad value and what is wrong. */
export type Report = (file: string, field: string, value: unknown, message: string) => void;
/** Records one problem in a file already known, e.g. inside one condition. */
export type FieldReport = (field: string, value: unknown, message: string) => void;

const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

/** A list of problems and the function that adds to it, in the order the checks find them. */
export function problemList(): { readonly problems: ContentProblem[]; readonly report: Report } {
  const problems: ContentProblem[] = [];
  return {
    problems,
    report: (file, field, value, message) => problems.push({ file, field, value: show(value), message }),
  };
}
