import { beforeAll, describe, expect, it } from 'vitest';
import { SEGMENT_COLOURS } from '../../../src/present/design.ts';
import {
  callsAYear,
  demandLine,
  gaugeCaption,
  layerHeading,
  missingLine,
  segmentShort,
  shareText,
  supplyLine,
} from '../../../src/present/design-text.ts';
import type { Plan } from '../../../src/schema/plan/index.ts';
import { filledBoxes, itemsOutsidePage, readPdf, renderPlan, squash, type ReadPdf } from '../../support/read-pdf.ts';
import { overCapacityPlan, planFromFile } from './support/plans.ts';

interface Rendered {
  readonly plan: Plan;
  readonly pdf: ReadPdf;
}

const rendered = new Map<string, Rendered>();
const CASES = {
  tiers: 'test/fixtures/expert-cases/ec-02-dental-supplies.json',
  grid: 'test/fixtures/expert-cases/ec-04-sme-banking.json',
  over: 'over-capacity',
  missing: 'test/fixtures/answers/legacy-partial.json',
} as const;

beforeAll(async () => {
  for (const [name, file] of Object.entries(CASES)) {
    const plan = file === 'over-capacity' ? overCapacityPlan() : planFromFile(file);
    rendered.set(name, { plan, pdf: await readPdf(await renderPlan(plan)) });
  }
}, 120_000);

function get(name: keyof typeof CASES): Rendered {
  const r = rendered.get(name);
  if (r === undefined) throw new Error(`${name} was not rendered`);
  return r;
}

/** The pages whose running footer names the section. */
const sectionPages = (pdf: ReadPdf, title: string) =>
  pdf.pages.filter((p) => p.items.some((i) => i.str === title && i.y < 60));

/** The section's text without white space or hyphens, so line breaks do not matter. */
const sectionText = (pdf: ReadPdf, title: string): string =>
  squash(
    sectionPages(pdf, title)
      .map((p) => p.text)
      .join(' '),
  );

describe('the PDF: segment design', () => {
  it('lists Segment design in the contents after Method and before Segment count, at the page it starts on', () => {
    const { pdf } = get('tiers');
    const contents = pdf.pages[1];
    const titles = (contents?.items ?? []).map((i) => i.str);
    const at = titles.indexOf('Segment design');
    expect(at).toBeGreaterThan(titles.indexOf('Method'));
    expect(at).toBeLessThan(titles.indexOf('Segment count'));
    const heading = contents?.items[at];
    const page = contents?.items.find(
      (i) => /^\d+$/.test(i.str) && i.x > 480 && heading !== undefined && Math.abs(i.y - heading.y) < 20,
    );
    const first = sectionPages(pdf, 'Segment design')[0];
    expect(first?.text).toMatch(/SECTION 05 Segment design/);
    expect(Number(page?.str)).toBe(first?.number);
    expect(pdf.outline.indexOf('Segment design')).toBe(pdf.outline.indexOf('Method') + 1);
  });

  it('shows every layer with its segments, shares (assumed marked), calls and treatments, and its reasons', () => {
    const { plan, pdf } = get('tiers');
    const text = sectionText(pdf, 'Segment design');
    expect(text).toContain(squash(plan.design.headline));
    for (const layer of plan.design.layers) {
      expect(text, layer.kind).toContain(squash(layerHeading(layer)));
      for (const s of layer.segments) {
        for (const value of [s.name, s.rule, shareText(s), callsAYear(s.treatment.callsPerYear), s.treatment.activity])
          expect(text, `${s.name}: ${value}`).toContain(squash(value));
        expect(text).toContain(squash(segmentShort(s)));
      }
      for (const r of layer.reasons) expect(text, r.ruleId).toContain(squash(r.because));
      if (layer.books?.advice != null) expect(text).toContain(squash(layer.books.advice));
    }
    for (const a of plan.design.assumptions) expect(text).toContain(squash(a));
  });

  it('draws the base bar with each piece as wide as its share, in the segment colours', async () => {
    const { plan, pdf } = get('tiers');
    const page = sectionPages(pdf, 'Segment design')[0]?.number ?? 0;
    const colours = new Set<string>(SEGMENT_COLOURS);
    const boxes = (await filledBoxes(pdf.bytes, page)).filter(
      (b) => colours.has(b.color) && Math.abs(b.height - 24) < 0.5,
    );
    const base = plan.design.layers[0];
    expect(boxes.map((b) => b.color)).toEqual(base?.segments.map((_, i) => SEGMENT_COLOURS[i]));
    const total = (base?.segments ?? []).reduce((sum, s) => sum + s.share, 0);
    base?.segments.forEach((s, i) => expect(boxes[i]?.width ?? 0).toBeCloseTo((483 * s.share) / total - 1, 0));
  });

  it('shows the capacity arithmetic, each adjustment in order and the advice, the over-capacity channel marked', () => {
    const { plan, pdf } = get('over');
    const text = sectionText(pdf, 'Segment design');
    for (const c of plan.design.capacity.channels) {
      expect(text).toContain(squash(gaugeCaption(c)));
      expect(text).toContain(squash(supplyLine(c) ?? 'missing'));
      expect(text).toContain(squash(demandLine(c) ?? 'missing'));
    }
    expect(text).toContain(squash('131% of capacity used, over the 70% to 100% band'));
    const steps = plan.design.capacity.adjustments.map((a) => text.indexOf(squash(a)));
    expect(steps.every((i) => i > 0)).toBe(true);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    for (const a of plan.design.capacity.advice) expect(text).toContain(squash(a));
  });

  it("draws a two-axis base as its grid, with the axes' values", () => {
    const { plan, pdf } = get('grid');
    const grid = plan.design.layers[0]?.grid;
    if (grid == null) throw new Error('no grid');
    const first = sectionPages(pdf, 'Segment design')[0];
    for (const label of [grid.rowLabel, grid.columnLabel, ...grid.rows, ...grid.columns])
      expect(
        first?.items.some((i) => i.str === label),
        label,
      ).toBe(true);
  });

  it('names the questions the capacity check waits for', () => {
    const { plan, pdf } = get('missing');
    const field = plan.design.capacity.channels[0];
    expect(field?.missing.length).toBeGreaterThan(0);
    expect(sectionText(pdf, 'Segment design')).toContain(
      squash(missingLine(field ?? { missing: [] }, plan.answerSheet)),
    );
  });

  it('leads the executive summary with the headline and the base segments with their treatments', () => {
    for (const name of Object.keys(CASES) as (keyof typeof CASES)[]) {
      const { plan, pdf } = get(name);
      const summary = sectionText(pdf, 'Executive summary');
      const headline = summary.indexOf(squash(plan.design.headline));
      expect(headline, name).toBeGreaterThan(0);
      // The cards' labels print in capitals.
      expect(headline, name).toBeLessThan(summary.indexOf('RECOMMENDEDMETHOD'));
      for (const s of plan.design.layers[0]?.segments ?? []) expect(summary, name).toContain(squash(segmentShort(s)));
      expect(sectionPages(pdf, 'Executive summary'), `${name}: the summary stays on one page`).toHaveLength(1);
    }
  });

  it('keeps every text item inside its page', () => {
    for (const name of Object.keys(CASES) as (keyof typeof CASES)[])
      expect(itemsOutsidePage(get(name).pdf), name).toEqual([]);
  });
});
