import { describe, expect, it } from 'vitest';
import {
  baseSegmentsLine,
  callsAYear,
  demandLine,
  gaugeCaption,
  layerHeading,
  missingLine,
  shareText,
  supplyLine,
} from '../../../src/present/design-text.ts';
import { planToMarkdown } from '../../../src/render/markdown/plan-markdown.ts';
import { planFromFile as planOf } from '../pdf/support/plans.ts';

/** The Markdown between a heading and the next heading of the same level or above. */
function part(markdown: string, heading: string): string {
  const start = markdown.indexOf(`${heading}\n`);
  if (start < 0) return '';
  const level = /^#+/.exec(heading)?.[0].length ?? 2;
  const rest = markdown.slice(start + heading.length);
  const next = rest.search(new RegExp(`\\n#{1,${level}} `));
  return next < 0 ? rest : rest.slice(0, next);
}

describe('the Markdown plan: segment design', () => {
  it('leads the summary with the headline and the base segments with their treatments', () => {
    const plan = planOf('test/fixtures/expert-cases/ec-02-dental-supplies.json');
    const summary = part(planToMarkdown(plan), '## Summary');
    expect(summary.trimStart().startsWith(plan.design.headline)).toBe(true);
    expect(summary).toContain(`- Base segments: ${baseSegmentsLine(plan.design)}`);
    expect(summary.indexOf('Base segments')).toBeLessThan(summary.indexOf('- Method:'));
  });

  it('has a Segment design part after the method and before the segment count, with a table per layer', () => {
    const plan = planOf('test/fixtures/expert-cases/ec-02-dental-supplies.json');
    const markdown = planToMarkdown(plan);
    const at = markdown.indexOf('\n## Segment design\n');
    expect(at).toBeGreaterThan(markdown.indexOf('\n## Method'));
    expect(at).toBeLessThan(markdown.indexOf('\n## Segments'));
    const design = part(markdown, '## Segment design');
    for (const layer of plan.design.layers) {
      const block = part(design, `### ${layerHeading(layer)}`);
      expect(block, layer.kind).not.toBe('');
      for (const s of layer.segments) {
        const row = block.split('\n').find((l) => l.startsWith(`| ${s.name} |`));
        expect(row, s.name).toContain(`| ${shareText(s)} |`);
        expect(row, s.name).toContain(`| ${callsAYear(s.treatment.callsPerYear)} |`);
        expect(row, s.name).toContain(s.treatment.owner);
      }
      for (const r of layer.reasons) expect(block).toContain(r.because);
    }
    for (const a of plan.design.assumptions) expect(design).toContain(a);
  });

  it('shows the capacity arithmetic, the adjustments numbered in order and the advice', () => {
    const plan = planOf('test/fixtures/expert-cases/ec-07-telecom-smb.json');
    const design = part(planToMarkdown(plan), '## Segment design');
    for (const c of plan.design.capacity.channels) {
      expect(design).toContain(`#### ${gaugeCaption(c)}`);
      expect(design).toContain(`- Supply: ${supplyLine(c) ?? 'missing'}`);
      expect(design).toContain(`- Demand: ${demandLine(c) ?? 'missing'}`);
    }
    plan.design.capacity.adjustments.forEach((a, i) => expect(design).toContain(`${i + 1}. ${a}`));
    for (const a of plan.design.capacity.advice) expect(design).toContain(a);
  });

  it('names the questions a capacity check waits for, and draws a two-axis base as a table', () => {
    const plan = planOf('test/fixtures/answers/legacy-partial.json');
    const design = part(planToMarkdown(plan), '## Segment design');
    const field = plan.design.capacity.channels[0];
    expect(design).toContain(missingLine(field ?? { missing: [] }, plan.answerSheet));
    const grid = plan.design.layers[0]?.grid;
    expect(grid).not.toBeNull();
    expect(design).toContain(
      `| ${grid?.rowLabel ?? ''} / ${grid?.columnLabel ?? ''} | ${grid?.columns.join(' | ') ?? ''} |`,
    );
  });
});
