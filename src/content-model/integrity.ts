import { DERIVED, DERIVED_NAMES, DERIVED_OPERATORS, isDerivedName } from '../schema/derived.ts';
import { OPERATORS } from '../schema/operators.ts';
import { ARTICLE_COLLECTIONS, type ArticleCollection } from '../schema/ids.ts';
import { PHASE_LINE_LISTS } from '../schema/catalogue.ts';
import type { Condition, DerivedCondition } from '../schema/condition.ts';
import { isDerived, isLeaf } from '../schema/condition.ts';
import type { Question } from '../schema/question.ts';
import type { QuestionType } from '../schema/question-types.ts';
import type { Rule } from '../schema/rule.ts';
import type { ContentFiles, ContentProblem } from './sources.ts';

/** Facts the integrity check needs from outside the content, such as whether a public file exists. */
export interface IntegrityEnvironment {
  readonly publicFileExists: (path: string) => boolean;
}

const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

interface QuestionEntry {
  readonly question: Question;
  readonly file: string;
  /** Position in the whole flow, 0 first. */
  readonly position: number;
}

/**
 * Cross-file checks that a per-file schema cannot make: unique ids, references that resolve,
 * conditions that look only backwards, and catalogue entries that rules can reach.
 */
export function checkIntegrity(files: ContentFiles, env: IntegrityEnvironment): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, value: unknown, message: string): void => {
    problems.push({ file, field, value: show(value), message });
  };

  const questions = indexQuestions(files, report);
  const articleIds = new Map<ArticleCollection, Set<string>>();
  const catalogues = {
    mistakes: files.mistakes,
    methods: files.methods,
    systems: files.systems,
    rollout: files.rollout,
    'warning-signs': files.warningSigns,
    guides: files.guides,
  } satisfies Record<ArticleCollection, readonly { file: string; data: { id: string } }[]>;
  for (const collection of ARTICLE_COLLECTIONS) {
    articleIds.set(collection, uniqueIds(catalogues[collection], collection, report));
  }
  const sourceIds = new Set<string>();
  for (const f of files.sources) {
    for (const s of f.data.sources) {
      if (sourceIds.has(s.id)) report(f.file, `sources.${s.id}.id`, s.id, 'duplicate source id');
      sourceIds.add(s.id);
    }
  }
  const dimensionIds = new Set<string>();
  for (const d of files.readiness.data.dimensions) {
    if (dimensionIds.has(d.id)) report(files.readiness.file, `dimensions.${d.id}.id`, d.id, 'duplicate dimension id');
    dimensionIds.add(d.id);
  }
  if (!files.readiness.data.levels.some((l) => l.min === 0)) {
    report(
      files.readiness.file,
      'levels',
      files.readiness.data.levels.map((l) => l.min),
      'one level must start at min 0',
    );
  }

  const checkCondition = (file: string, field: string, condition: Condition, before?: number): void => {
    checkConditionRefs(condition, field, questions, before, (f, v, m) => report(file, f, v, m));
  };

  // Questions: visibility looks only backwards; related articles exist.
  for (const { question, file, position } of questions.values()) {
    const base = `questions.${question.id}`;
    if (question.visibleIf !== undefined) checkCondition(file, `${base}.visibleIf`, question.visibleIf, position);
    question.related.forEach((ref, i) => {
      const [collection, id] = ref.split('/') as [ArticleCollection, string];
      if (!articleIds.get(collection)?.has(id)) {
        report(file, `${base}.related[${i}]`, ref, `no ${collection} article has id "${id}"`);
      }
    });
  }

  // Rules: unique ids, conditions, and targets that exist.
  const ruleIds = new Set<string>();
  const targets: Record<string, Set<string>> = {
    mistake: articleIds.get('mistakes') ?? new Set(),
    method: articleIds.get('methods') ?? new Set(),
    system: articleIds.get('systems') ?? new Set(),
    phase: articleIds.get('rollout') ?? new Set(),
    sign: articleIds.get('warning-signs') ?? new Set(),
    dimension: dimensionIds,
  };
  const covered = new Map<string, Set<string>>(Object.keys(targets).map((k) => [k, new Set<string>()]));
  for (const { file, data } of files.rules) {
    for (const rule of data.rules) {
      const base = `rules.${rule.id}`;
      if (ruleIds.has(rule.id)) report(file, `${base}.id`, rule.id, 'duplicate rule id');
      ruleIds.add(rule.id);
      for (const [field, condition] of ruleConditions(rule)) checkCondition(file, `${base}.${field}`, condition);
      const [targetField, targetId] = ruleTarget(rule);
      if (targetField !== undefined && targetId !== undefined) {
        if (!targets[targetField]?.has(targetId)) {
          report(file, `${base}.${targetField}`, targetId, `no ${targetField} has id "${targetId}"`);
        }
        covered.get(targetField)?.add(targetId);
      }
      if (rule.kind === 'fact' && rule.question !== undefined) {
        const q = questions.get(rule.question);
        if (q === undefined) report(file, `${base}.question`, rule.question, `no question has id "${rule.question}"`);
        else if (q.question.type !== 'number') {
          report(
            file,
            `${base}.question`,
            rule.question,
            `a fact is read from a number question, not a ${q.question.type} question`,
          );
        }
      }
    }
  }

  // Catalogue entries: file names, question and source references, and rule coverage.
  const checkArticle = (
    entry: { file: string; data: { id: string; sources: string[] } },
    questionRefs: readonly string[],
    questionField: string,
  ): void => {
    const expected = entry.file
      .split('/')
      .pop()
      ?.replace(/\.mdx?$/, '');
    if (expected !== entry.data.id) report(entry.file, 'id', entry.data.id, `must equal the file name "${expected}"`);
    entry.data.sources.forEach((s, i) => {
      if (!sourceIds.has(s)) report(entry.file, `sources[${i}]`, s, `no source has id "${s}" in content/sources/`);
    });
    questionRefs.forEach((q, i) => {
      if (!questions.has(q)) report(entry.file, `${questionField}[${i}]`, q, `no question has id "${q}"`);
    });
  };
  files.mistakes.forEach((m) => checkArticle(m, m.data.questions, 'questions'));
  files.methods.forEach((m) => checkArticle(m, [], 'questions'));
  files.systems.forEach((m) => checkArticle(m, m.data.ownerQuestion ? [m.data.ownerQuestion] : [], 'ownerQuestion'));
  files.rollout.forEach((m) => {
    checkArticle(m, [], 'questions');
    for (const list of PHASE_LINE_LISTS) {
      m.data[list].forEach((line, i) => {
        if (typeof line !== 'string') checkCondition(m.file, `${list}[${i}].when`, line.when);
      });
      // A list whose every line can drop out could print empty ("to 0 audiences").
      if (m.data[list].every((line) => typeof line !== 'string' && line.otherwise === undefined)) {
        report(
          m.file,
          list,
          m.data[list].length,
          'every line has a condition and no otherwise, so some answers leave the list empty; make one line plain or give one an otherwise',
        );
      }
    }
  });
  files.warningSigns.forEach((m) => checkArticle(m, m.data.questions, 'questions'));
  files.guides.forEach((m) => checkArticle(m, [], 'questions'));

  const needsRule = (entries: readonly { file: string; data: { id: string } }[], field: string, kind: string): void => {
    for (const e of entries) {
      if (!covered.get(field)?.has(e.data.id)) report(e.file, 'id', e.data.id, `has no ${kind} rule in content/rules/`);
    }
  };
  needsRule(files.mistakes, 'mistake', 'mistake');
  needsRule(files.methods, 'method', 'method');
  needsRule(files.systems, 'system', 'system');
  needsRule(files.warningSigns, 'sign', 'warning');
  for (const d of files.readiness.data.dimensions) {
    if (!covered.get('dimension')?.has(d.id)) {
      report(files.readiness.file, `dimensions.${d.id}`, d.id, 'has no readiness rule in content/rules/');
    }
  }

  const logo = files.brand.data.logo;
  if (logo !== undefined && !env.publicFileExists(logo)) {
    report(files.brand.file, 'logo', logo, `no such file under public/ (looked for public${logo})`);
  }
  return problems;
}

function indexQuestions(
  files: ContentFiles,
  report: (file: string, field: string, value: unknown, message: string) => void,
): Map<string, QuestionEntry> {
  const index = new Map<string, QuestionEntry>();
  const sectionIds = new Set<string>();
  const orders = new Set<number>();
  let position = 0;
  for (const { file, data: section } of [...files.sections].sort((a, b) => a.data.order - b.data.order)) {
    if (sectionIds.has(section.id)) report(file, 'id', section.id, 'duplicate section id');
    if (orders.has(section.order)) report(file, 'order', section.order, 'another section has the same order');
    sectionIds.add(section.id);
    orders.add(section.order);
    for (const question of section.questions) {
      const base = `questions.${question.id}`;
      if (!question.id.startsWith(`${section.id}.`)) {
        report(file, `${base}.id`, question.id, `must start with the section id "${section.id}."`);
      }
      const earlier = index.get(question.id);
      if (earlier !== undefined) {
        // Keep the first definition so that references are checked against it, not against the copy.
        report(file, `${base}.id`, question.id, `duplicate question id (first defined in ${earlier.file})`);
        position += 1;
        continue;
      }
      const optionIds = new Set<string>();
      for (const option of question.options ?? []) {
        if (optionIds.has(option.id))
          report(file, `${base}.options.${option.id}`, option.id, 'duplicate option id in this question');
        optionIds.add(option.id);
      }
      index.set(question.id, { question, file, position });
      position += 1;
    }
  }
  return index;
}

function uniqueIds(
  entries: readonly { file: string; data: { id: string } }[],
  collection: string,
  report: (file: string, field: string, value: unknown, message: string) => void,
): Set<string> {
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.data.id)) report(e.file, 'id', e.data.id, `duplicate id in ${collection}`);
    ids.add(e.data.id);
  }
  return ids;
}

/** The conditions a rule contains, with the field each sits in. */
function ruleConditions(rule: Rule): [string, Condition][] {
  if (rule.kind === 'readiness') return rule.steps.map((s, i) => [`steps[${i}].when`, s.when]);
  if (rule.kind === 'fact') return rule.when === undefined ? [] : [['when', rule.when]];
  return [['when', rule.when]];
}

/** The catalogue entry a rule points at, as [field, id]. */
function ruleTarget(rule: Rule): [string | undefined, string | undefined] {
  switch (rule.kind) {
    case 'readiness':
      return ['dimension', rule.dimension];
    case 'mistake':
      return ['mistake', rule.mistake];
    case 'method':
      return ['method', rule.method];
    case 'system':
      return ['system', rule.system];
    case 'rollout':
      return ['phase', rule.phase];
    case 'warning':
      return ['sign', rule.sign];
    case 'fact':
    case 'cadence':
    case 'layer':
      return [undefined, undefined];
  }
}

function checkConditionRefs(
  condition: Condition,
  field: string,
  questions: ReadonlyMap<string, QuestionEntry>,
  before: number | undefined,
  report: (field: string, value: unknown, message: string) => void,
): void {
  if (isDerived(condition)) {
    checkDerivedLeaf(condition, field, questions, before, report);
    return;
  }
  if (!isLeaf(condition)) {
    if ('all' in condition)
      condition.all.forEach((c, i) => checkConditionRefs(c, `${field}.all[${i}]`, questions, before, report));
    else if ('any' in condition)
      condition.any.forEach((c, i) => checkConditionRefs(c, `${field}.any[${i}]`, questions, before, report));
    else checkConditionRefs(condition.not, `${field}.not`, questions, before, report);
    return;
  }
  const entry = questions.get(condition.question);
  if (entry === undefined) {
    report(`${field}.question`, condition.question, `no question has id "${condition.question}"`);
    return;
  }
  if (before !== undefined && entry.position >= before) {
    report(
      `${field}.question`,
      condition.question,
      entry.position === before
        ? 'a question cannot depend on itself'
        : 'a visibility condition may refer only to questions earlier in the flow',
    );
  }
  const { question } = entry;
  const spec = OPERATORS[condition.op];
  const appliesTo: readonly QuestionType[] = spec.appliesTo;
  if (!appliesTo.includes(question.type)) {
    report(
      `${field}.op`,
      condition.op,
      `"${condition.op}" does not apply to ${question.type} question ${question.id}; it applies to ${spec.appliesTo.join(', ')}`,
    );
    return;
  }
  const value = condition.value;
  const optionIds = new Set((question.options ?? []).map((o) => o.id));
  const badOption = (v: unknown): boolean => typeof v !== 'string' || !optionIds.has(v);
  switch (spec.value) {
    case 'none':
      if (value !== undefined) report(`${field}.value`, value, `"${condition.op}" takes no value`);
      break;
    case 'option':
      if (badOption(value))
        report(
          `${field}.value`,
          value,
          `not an option of ${question.id}; expected one of ${[...optionIds].join(', ')}`,
        );
      break;
    case 'options':
      if (!Array.isArray(value))
        report(`${field}.value`, value, `"${condition.op}" takes a list of options of ${question.id}`);
      else
        value.forEach((v, i) => {
          if (badOption(v))
            report(
              `${field}.value[${i}]`,
              v,
              `not an option of ${question.id}; expected one of ${[...optionIds].join(', ')}`,
            );
        });
      break;
    case 'number':
    case 'range':
      checkNumericValue(condition.op, spec.value, value, field, report);
      break;
  }
}

/** A number, or `[min, max]` with min <= max for a range operator; the same for answers and derived numbers. */
function checkNumericValue(
  op: string,
  kind: 'number' | 'range',
  value: unknown,
  field: string,
  report: (field: string, value: unknown, message: string) => void,
): void {
  if (kind === 'number') {
    if (typeof value !== 'number') report(`${field}.value`, value, `"${op}" takes a number`);
    return;
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'number' ||
    typeof value[1] !== 'number' ||
    value[0] > value[1]
  ) {
    report(`${field}.value`, value, `"${op}" takes [min, max] with min <= max`);
  }
}

/** A derived-number leaf: a known name whose inputs are number questions, a numeric operator and a value of the right shape. */
function checkDerivedLeaf(
  condition: DerivedCondition,
  field: string,
  questions: ReadonlyMap<string, QuestionEntry>,
  before: number | undefined,
  report: (field: string, value: unknown, message: string) => void,
): void {
  if (before !== undefined) {
    // Visibility stays simple: it tests answers one by one, so the questionnaire can show why a question appears.
    report(
      `${field}.derived`,
      condition.derived,
      'a visibility condition cannot test a derived number; test the questions it reads one by one',
    );
    return;
  }
  if (!isDerivedName(condition.derived)) {
    report(
      `${field}.derived`,
      condition.derived,
      `no derived number has this name; expected one of ${DERIVED_NAMES.join(', ')}`,
    );
    return;
  }
  for (const input of DERIVED[condition.derived].inputs) {
    const entry = questions.get(input);
    if (entry === undefined) {
      report(`${field}.derived`, condition.derived, `reads question ${input}, which does not exist`);
    } else if (entry.question.type !== 'number') {
      report(
        `${field}.derived`,
        condition.derived,
        `reads question ${input}, which is a ${entry.question.type} question, not a number question`,
      );
    }
  }
  const numeric: readonly string[] = DERIVED_OPERATORS;
  if (!numeric.includes(condition.op)) {
    report(`${field}.op`, condition.op, `a derived number takes one of ${DERIVED_OPERATORS.join(', ')}`);
    return;
  }
  checkNumericValue(
    condition.op,
    OPERATORS[condition.op].value === 'range' ? 'range' : 'number',
    condition.value,
    field,
    report,
  );
}
