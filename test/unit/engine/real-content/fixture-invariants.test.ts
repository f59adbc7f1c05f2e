/**
 * The design invariants the random-answer properties check (test/unit/engine/support/design-invariants.ts),
 * over every answers fixture: the golden organisations and the expert reference cases. A recommendation
 * never contradicts its own findings without saying why, on realistic answers as on random ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswersJson } from '../../../../src/engine/answers/parse.ts';
import { buildPlan } from '../../../../src/engine/build-plan.ts';
import { CASES_DIR } from '../../../support/expert-cases.ts';
import { designProblems } from '../support/design-invariants.ts';
import { PROJECT_ROOT, realContent } from '../support/real-content.ts';

const content = realContent();
const folders = [join(PROJECT_ROOT, 'test', 'fixtures', 'answers'), CASES_DIR];
const files = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(folder, name)),
);

describe('design invariants on every answers fixture', () => {
  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(19);
  });

  it.each(files.map((file) => [file.slice(PROJECT_ROOT.length + 1), file]))('%s', (_name, file) => {
    const parsed = parseAnswersJson(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const plan = buildPlan(content, parsed.document);
    expect(designProblems(content, plan, parsed.document)).toEqual([]);
  });

  it('would catch a base layer that contradicts a flagged finding without saying why', () => {
    // The first fixture whose base method has a trait a finding can call a mistake.
    const found = files
      .map((file) => {
        const parsed = parseAnswersJson(readFileSync(file, 'utf8'));
        if (!parsed.ok) throw new Error(`${file} does not parse`);
        const plan = buildPlan(content, parsed.document);
        const base = plan.design.layers.find((l) => l.kind === 'base');
        const trait = content.methods.find((m) => m.id === base?.methodId)?.design.contradictedBy[0]?.mistake;
        return { document: parsed.document, plan, trait };
      })
      .find((f) => f.trait !== undefined);
    if (found === undefined) throw new Error('no fixture has a base method with a contradicting finding');
    const { document, plan, trait } = found;
    const broken = {
      ...plan,
      mistakeFindings: plan.mistakeFindings.map((f) => (f.mistakeId === trait ? { ...f, risk: 'high' as const } : f)),
      design: {
        ...plan.design,
        layers: plan.design.layers.map((l) =>
          l.kind === 'base'
            ? { ...l, reasons: l.reasons.filter((r) => r.ruleId !== 'design-deliberate-trade-off') }
            : l,
        ),
      },
    };
    expect(designProblems(content, broken, document).join(' ')).toMatch(/without saying why/);
  });
});
