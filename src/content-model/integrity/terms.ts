import type { ConditionalLine } from '../../schema/catalogue.ts';
import { isDerived, isLeaf, type Condition } from '../../schema/condition.ts';
import type { Rule } from '../../schema/rule.ts';
import type { IndustryTerms } from '../../schema/terms.ts';
import type { ContentFiles } from '../sources.ts';
import type { ContentIds } from './ids.ts';
import { catalogueLines } from './lines.ts';
import type { Report } from './report.ts';

/** One industry term, ready to find in a text. */
export interface TermMatcher {
  readonly term: string;
  readonly industries: readonly string[];
  readonly pattern: RegExp;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matchers for the terms: whole words, any case, with or without a plural "s" or "es"; a space in
 * a term also matches a hyphen or a line break ("health system", "health-system").
 */
export function termMatchers(terms: IndustryTerms['terms']): TermMatcher[] {
  return terms.map(({ term, industries }) => ({
    term,
    industries,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])${term.trim().split(/\s+/).map(escape).join('[\\s-]+')}(?:s|es)?(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  }));
}

/** The terms a text names, in the order of the list. */
export function namedTerms(text: string, matchers: readonly TermMatcher[]): TermMatcher[] {
  return matchers.filter((m) => m.pattern.test(text));
}

/** What both limits allow; undefined stands for no limit. */
function narrow(allowed: ReadonlySet<string> | undefined, limit: ReadonlySet<string> | undefined) {
  if (limit === undefined) return allowed;
  return new Set([...limit].filter((v) => allowed === undefined || allowed.has(v)));
}

/**
 * The answers to `question` a condition allows, when it allows only some: `is` and `in` on the
 * question; inside `all`, the tightest of its parts; an `any` only when every branch restricts.
 * A test under `not`, or one that does not read the question, restricts nothing (undefined):
 * "not software" still holds for a bank.
 */
export function restrictedTo(condition: Condition | undefined, question: string): ReadonlySet<string> | undefined {
  if (condition === undefined || isDerived(condition)) return undefined;
  if (isLeaf(condition)) {
    if (condition.question !== question) return undefined;
    if (condition.op === 'is' && typeof condition.value === 'string') return new Set([condition.value]);
    if (condition.op === 'in' && Array.isArray(condition.value))
      return new Set(condition.value.filter((v) => typeof v === 'string'));
    return undefined;
  }
  if ('all' in condition) {
    return condition.all.reduce<ReadonlySet<string> | undefined>(
      (allowed, part) => narrow(allowed, restrictedTo(part, question)),
      undefined,
    );
  }
  if ('any' in condition) {
    const limits = condition.any.map((part) => restrictedTo(part, question));
    if (limits.length === 0 || limits.some((l) => l === undefined)) return undefined;
    return new Set(limits.flatMap((l) => [...(l ?? [])]));
  }
  return undefined;
}

/** A text of the plan and the conditions under which it is printed (all must hold). */
interface PlanText {
  readonly file: string;
  readonly field: string;
  readonly text: string;
  readonly conditions: readonly (Condition | undefined)[];
}

/**
 * Every text of the content that reaches a plan, with the conditions that govern it: catalogue
 * titles, mistakes' summaries, every conditional line (its `otherwise` governed only by its own
 * condition, since "the `when` failed" restricts nothing), rules' reasons under their `when`, the
 * readiness model, the methods' design texts and the design settings' owners and layer templates.
 */
export function planTexts(files: ContentFiles): PlanText[] {
  const out: PlanText[] = [];
  const add = (file: string, field: string, text: string, ...conditions: (Condition | undefined)[]): void => {
    out.push({ file, field, text, conditions });
  };
  const addLine = (file: string, field: string, line: ConditionalLine): void => {
    if (typeof line === 'string') {
      add(file, field, line);
      return;
    }
    add(file, field, line.text, line.when);
    if (line.otherwise !== undefined) addLine(file, `${field}.otherwise`, line.otherwise);
  };

  for (const { file, data } of [...files.mistakes, ...files.systems, ...files.rollout, ...files.warningSigns])
    add(file, 'title', data.title);
  for (const { file, data } of files.mistakes) add(file, 'summary', data.summary);
  for (const entry of catalogueLines(files)) {
    for (const [list, lines] of entry.lists) lines.forEach((line, i) => addLine(entry.file, `${list}[${i}]`, line));
    for (const [field, line] of entry.singles) addLine(entry.file, field, line);
  }

  for (const { file, data } of files.rules)
    for (const rule of data.rules) for (const [field, text, when] of ruleTexts(rule)) add(file, field, text, when);

  const { file: model, data: readiness } = files.readiness;
  for (const d of readiness.dimensions) {
    add(model, `dimensions.${d.id}.title`, d.title);
    add(model, `dimensions.${d.id}.description`, d.description);
  }
  readiness.levels.forEach((level, i) => {
    add(model, `levels[${i}].label`, level.label);
    add(model, `levels[${i}].meaning`, level.meaning);
  });

  const shapes = (
    file: string,
    base: string,
    segments: readonly { id: string; name: string; rule: string; activity: string }[],
  ) => {
    for (const s of segments)
      for (const key of ['name', 'rule', 'activity'] as const) add(file, `${base}.${s.id}.${key}`, s[key]);
  };
  for (const { file, data } of files.methods) {
    add(file, 'title', data.title);
    add(file, 'shortName', data.shortName);
    add(file, 'design.purpose', data.design.purpose);
    shapes(file, 'design.segments', data.design.segments);
    const grid = data.design.grid;
    if (grid !== undefined)
      for (const axis of ['rows', 'columns'] as const) {
        add(file, `design.grid.${axis}.label`, grid[axis].label);
        grid[axis].values.forEach((v, i) => add(file, `design.grid.${axis}.values[${i}]`, v));
      }
  }

  const { file: design, data: settings } = files.design;
  for (const [channel, texts] of Object.entries(settings.owners))
    texts.forEach((entry, i) => add(design, `owners.${channel}[${i}].text`, entry.text, entry.when));
  for (const layer of ['keyAccounts', 'partners'] as const) {
    add(design, `${layer}.purpose`, settings[layer].purpose);
    shapes(design, `${layer}.segments`, settings[layer].segments);
  }
  return out;
}

/** A rule's reasons, each with the field it sits in and the condition under which the plan shows it. */
function ruleTexts(rule: Rule): [string, string, Condition | undefined][] {
  const base = `rules.${rule.id}`;
  if (rule.kind === 'readiness')
    return rule.steps.map((step, i) => [`${base}.steps[${i}].because`, step.because, step.when]);
  return [[`${base}.because`, rule.because, rule.when]];
}

const list = (items: readonly string[]): string =>
  items.length === 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/**
 * Industry words only where the industry is known to use them: the term list is sound (its
 * question is a choice question, its industries are options of it, no term twice), and every text
 * that reaches a plan and names a term carries a condition that limits the industry question to
 * industries where the term is native (a rule's `when`, or the line's own `when`).
 */
export function checkTerms(files: ContentFiles, ids: ContentIds, report: Report): void {
  const { file, data } = files.terms;
  if (data.terms.length === 0) return;
  const entry = ids.questions.get(data.question);
  if (entry === undefined) {
    report(file, 'question', data.question, `no question has id "${data.question}"`);
    return;
  }
  if (entry.question.type !== 'single') {
    report(
      file,
      'question',
      data.question,
      `the industry question must be a single question, not ${entry.question.type}`,
    );
    return;
  }
  const options = new Set((entry.question.options ?? []).map((o) => o.id));
  const seen = new Set<string>();
  data.terms.forEach((t, i) => {
    const key = t.term.trim().toLowerCase();
    if (seen.has(key)) report(file, `terms[${i}].term`, t.term, 'this term is listed twice');
    seen.add(key);
    t.industries.forEach((industry, j) => {
      if (!options.has(industry))
        report(
          file,
          `terms[${i}].industries[${j}]`,
          industry,
          `not an option of ${data.question}; expected one of ${[...options].join(', ')}`,
        );
    });
  });

  const matchers = termMatchers(data.terms);
  for (const text of planTexts(files)) {
    const named = namedTerms(text.text, matchers);
    if (named.length === 0) continue;
    const allowed = text.conditions.reduce<ReadonlySet<string> | undefined>(
      (sofar, condition) => narrow(sofar, restrictedTo(condition, data.question)),
      undefined,
    );
    for (const term of named) {
      if (allowed !== undefined && [...allowed].every((industry) => term.industries.includes(industry))) continue;
      report(
        text.file,
        text.field,
        text.text,
        `names "${term.term}", a term of ${list(term.industries)} only; give the line a when that limits ${data.question} to ${term.industries.length === 1 ? 'it' : 'them'} (with an otherwise in everyday words), or reword it`,
      );
    }
  }
}
