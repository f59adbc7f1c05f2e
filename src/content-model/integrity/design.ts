import type { DesignSettings, Method, SegmentShape } from '../../schema/catalogue.ts';
import type { Condition } from '../../schema/condition.ts';
import type { QuestionType } from '../../schema/question-types.ts';
import type { ContentFiles } from '../sources.ts';
import { checkCondition } from './conditions.ts';
import type { ContentIds } from './ids.ts';
import type { Report } from './report.ts';

/** The question type each design input must have. */
const INPUT_TYPES: Readonly<Record<keyof DesignSettings['inputs'], QuestionType>> = {
  unit: 'single',
  units: 'number',
  groups: 'number',
  routes: 'multiple',
  fieldReps: 'number',
  callsPerRep: 'number',
  keyAccountManagers: 'number',
  keyAccounts: 'number',
  insideReps: 'number',
  insideCalls: 'number',
  treatments: 'number',
};

/**
 * The segment design's content: the settings' inputs name questions of the right type, route
 * channels name options of the routes question, every condition resolves; each method's grid uses
 * its own segments in a grid of the stated size; each layer rule names methods that can build it.
 */
export function checkDesign(files: ContentFiles, ids: ContentIds, report: Report): void {
  const { file, data } = files.design;
  for (const [role, questionId] of Object.entries(data.inputs) as [keyof DesignSettings['inputs'], string][]) {
    const entry = ids.questions.get(questionId);
    if (entry === undefined) report(file, `inputs.${role}`, questionId, `no question has id "${questionId}"`);
    else if (entry.question.type !== INPUT_TYPES[role])
      report(
        file,
        `inputs.${role}`,
        questionId,
        `the ${role} input must be a ${INPUT_TYPES[role]} question, not a ${entry.question.type} question`,
      );
  }
  const routes = data.inputs.routes === undefined ? undefined : ids.questions.get(data.inputs.routes);
  if (routes !== undefined) {
    const options = new Set((routes.question.options ?? []).map((o) => o.id));
    for (const route of Object.keys(data.routeChannels))
      if (!options.has(route))
        report(file, `routeChannels.${route}`, route, `"${routes.question.id}" has no option "${route}"`);
  }
  if (data.deadline !== undefined) {
    const entry = ids.questions.get(data.deadline.question);
    if (entry === undefined)
      report(file, 'deadline.question', data.deadline.question, `no question has id "${data.deadline.question}"`);
    else {
      const options = new Set((entry.question.options ?? []).map((o) => o.id));
      for (const answer of Object.keys(data.deadline.weeks))
        if (!options.has(answer))
          report(file, `deadline.weeks.${answer}`, answer, `"${entry.question.id}" has no option "${answer}"`);
    }
    const cause = ids.questions.get(data.deadline.cause.question);
    if (cause === undefined)
      report(
        file,
        'deadline.cause.question',
        data.deadline.cause.question,
        `no question has id "${data.deadline.cause.question}"`,
      );
    else {
      const options = new Set((cause.question.options ?? []).map((o) => o.id));
      data.deadline.cause.movable.forEach((answer, i) => {
        if (!options.has(answer))
          report(file, `deadline.cause.movable[${i}]`, answer, `"${cause.question.id}" has no option "${answer}"`);
      });
    }
  }
  const condition = (field: string, when: Condition | undefined): void => {
    if (when !== undefined) checkCondition(when, field, ids.questions, undefined, (f, v, m) => report(file, f, v, m));
  };
  data.topCallsPerYear.forEach((entry, i) => condition(`topCallsPerYear[${i}].when`, entry.when));
  for (const [channel, texts] of Object.entries(data.owners))
    texts.forEach((entry, i) => condition(`owners.${channel}[${i}].when`, entry.when));
  checkShapes(file, 'keyAccounts.segments', data.keyAccounts.segments, report);
  checkShapes(file, 'partners.segments', data.partners.segments, report);

  const methods = new Map(files.methods.map((m) => [m.data.id, m.data]));
  for (const entry of files.methods) checkMethodDesign(entry.file, entry.data, report);
  for (const ruleFile of files.rules)
    for (const rule of ruleFile.data.rules) {
      if (rule.kind !== 'layer') continue;
      rule.methods.forEach((id, i) => {
        const method = methods.get(id);
        if (method === undefined)
          report(ruleFile.file, `rules.${rule.id}.methods[${i}]`, id, `no method has id "${id}"`);
        else if (!method.design.layers.includes(rule.layer))
          report(
            ruleFile.file,
            `rules.${rule.id}.methods[${i}]`,
            id,
            `the method "${id}" cannot build a ${rule.layer} layer (its design.layers)`,
          );
      });
    }
}

/** Segment ids are unique within a layer. */
function checkShapes(file: string, field: string, shapes: readonly SegmentShape[], report: Report): void {
  const seen = new Set<string>();
  for (const shape of shapes) {
    if (seen.has(shape.id)) report(file, `${field}.${shape.id}.id`, shape.id, 'duplicate segment id');
    seen.add(shape.id);
  }
}

/** A method's design: base-capable methods have segments; a grid fits its axes and names its own segments. */
function checkMethodDesign(file: string, method: Method, report: Report): void {
  const { design } = method;
  checkShapes(file, 'design.segments', design.segments, report);
  if (design.layers.includes('base') && design.segments.length < 2)
    report(
      file,
      'design.segments',
      design.segments.length,
      'a method that can build the base layer needs at least 2 segments',
    );
  if (design.grid === undefined) return;
  const ids = new Set(design.segments.map((s) => s.id));
  const { rows, columns, cells } = design.grid;
  if (cells.length !== rows.values.length)
    report(
      file,
      'design.grid.cells',
      cells.length,
      `the grid has ${rows.values.length} rows, so it needs ${rows.values.length} rows of cells`,
    );
  cells.forEach((row, r) => {
    if (row.length !== columns.values.length)
      report(
        file,
        `design.grid.cells[${r}]`,
        row.length,
        `each row needs ${columns.values.length} cells, one per column`,
      );
    row.forEach((id, c) => {
      if (!ids.has(id))
        report(file, `design.grid.cells[${r}][${c}]`, id, `no segment of "${method.id}" has id "${id}"`);
    });
  });
  for (const id of ids)
    if (!cells.some((row) => row.includes(id)))
      report(file, 'design.grid.cells', id, `the segment "${id}" appears in no cell of the grid`);
}
