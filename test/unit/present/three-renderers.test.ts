// One plan rendered three ways: the results page (React, server-rendered), the PDF and the
// Markdown plan. Each value the presentation layer formats must read the same in all three.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { parseAnswersJson } from '../../../src/engine/answers/parse.ts';
import { countOf, everyMonths, formatDate, formatDateRange, formatRange } from '../../../src/present/format.ts';
import { methodWeeks, readinessLine, recommendedMethod, rolloutLaunchLine } from '../../../src/present/plan-text.ts';
import { callsAYear, utilisationLine } from '../../../src/present/design-text.ts';
import { planToMarkdown } from '../../../src/render/markdown/plan-markdown.ts';
import { PlanView } from '../../../src/render/web/PlanView.tsx';
import type { Plan } from '../../../src/schema/plan/index.ts';
import { PROJECT_ROOT, realContent } from '../../support/content-fixtures.ts';
import { readPdf, renderPlan } from '../../support/read-pdf.ts';

/** Text without tags or white-space differences, so a value split across elements still reads as one. */
const plain = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
const squash = (text: string): string => text.replace(/\s+/g, ' ');

let plan: Plan;
const shown: Record<'page' | 'pdf' | 'markdown', string> = { page: '', pdf: '', markdown: '' };

beforeAll(async () => {
  const parsed = parseAnswersJson(
    readFileSync(join(PROJECT_ROOT, 'test/fixtures/answers/northwind-pharma.json'), 'utf8'),
  );
  if (!parsed.ok) throw new Error('fixture does not parse');
  plan = buildPlan(realContent(), parsed.document);
  shown.page = plain(renderToStaticMarkup(createElement(PlanView, { plan, name: 'Northwind' })));
  shown.pdf = squash((await readPdf(await renderPlan(plan))).pages.map((p) => p.text).join(' '));
  shown.markdown = squash(planToMarkdown(plan));
}, 120_000);

describe('one plan on the page, in the PDF and in Markdown', () => {
  it('gives the segment count and a range of weeks the same way, and never a range with a dash', () => {
    const { min, max } = plan.summary.segmentRange;
    const top = recommendedMethod(plan).fit;
    expect(top?.weeks.min).toBeLessThan(top?.weeks.max ?? 0);
    for (const [where, text] of Object.entries(shown)) {
      expect(text, where).toContain(formatRange(min, max));
      if (top === undefined) continue;
      expect(text, where).toContain(methodWeeks(top));
      expect(text, where).not.toMatch(new RegExp(`\\b${top.weeks.min}\\s*[–-]\\s*${top.weeks.max}\\b`));
    }
  });

  it('recommends the method the design builds, and says why the top-ranked one is passed over', () => {
    // Northwind: market data ranks first, but the base layer is the potential-adoption grid.
    const { fit, note } = recommendedMethod(plan);
    expect(fit?.methodId).toBe(plan.design.layers[0]?.methodId);
    expect(fit?.methodId).not.toBe(plan.method.recommended);
    expect(note).toBe(plan.design.layers[0]?.reasons[0]?.because);
    for (const [where, text] of Object.entries(shown)) {
      expect(text, where).toContain(
        `Recommended: ${fit?.title ?? 'missing'}`.replace(
          'Recommended: ',
          where === 'markdown' ? 'Method: ' : 'Recommended: ',
        ),
      );
      expect(squash(text), where).toContain(squash(note ?? 'missing'));
    }
  });

  it('gives dates, counts with units and intervals the same way', () => {
    const expected = [
      formatDate(plan.meta.date),
      formatDateRange(plan.rollout.start, plan.rollout.end),
      countOf(plan.rollout.totalWeeks, 'week'),
      everyMonths(plan.cadence.membership.months),
      readinessLine(plan.readiness),
    ];
    const top = recommendedMethod(plan).fit;
    if (top !== undefined) expected.push(methodWeeks(top));
    for (const [where, text] of Object.entries(shown))
      for (const value of expected) expect(text.toLowerCase(), `${where}: ${value}`).toContain(value.toLowerCase());
  });

  it('never prints a rollout date in ISO form, as the Markdown plan used to (the PDF quotes the answer as given only in its appendix)', () => {
    expect(shown.markdown).not.toContain(plan.rollout.start);
    expect(shown.page).not.toContain(plan.rollout.start);
    const beforeAppendix = shown.pdf.slice(0, shown.pdf.lastIndexOf('The record behind the plan'));
    expect(beforeAppendix.length).toBeGreaterThan(1000);
    expect(beforeAppendix).not.toContain(plan.rollout.start);
  });

  it("gives a segment's name, its calls a year with the unit, and the field's utilisation the same way", () => {
    const segment = plan.design.layers[0]?.segments.find((s) => s.treatment.callsPerYear > 1);
    const field = plan.design.capacity.channels.find((c) => c.channel === 'field');
    if (segment === undefined || field?.utilisation == null)
      throw new Error('the fixture has no field segment with calls');
    const expected = [segment.name, callsAYear(segment.treatment.callsPerYear), utilisationLine(field)];
    expect(expected[1]).toMatch(/^\d+ calls a year$/);
    expect(expected[2]).toMatch(/^\d+% of capacity used$/);
    for (const [where, text] of Object.entries(shown))
      for (const value of expected) expect(text, `${where}: ${value}`).toContain(value);
  });

  it('gives the launch date against the deadline, what the plan changed to meet it, and the phases it shortened', () => {
    // Northwind needs the segments within three to six months; its usual rollout takes longer.
    const note = plan.rollout.deadline?.note;
    if (note == null) throw new Error('the fixture should need its rollout shortened');
    const shortened = plan.rollout.phases.flatMap((p) =>
      p.adjustments.filter((a) => a.ruleId === 'rollout-deadline-shortened').map((a) => a.because),
    );
    expect(shortened.length).toBeGreaterThan(0);
    for (const [where, text] of Object.entries(shown)) {
      expect(text, where).toContain(squash(rolloutLaunchLine(plan.rollout)));
      expect(text, where).toContain(squash(note));
      expect(text, where).toContain(squash(shortened[0] ?? ''));
    }
  });
});
