import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  callsAYear,
  channelLabel,
  demandLine,
  segmentShort,
  shareText,
  supplyLine,
  unitsText,
} from '../../../src/present/design-text.ts';
import { editHref } from '../../../src/present/links.ts';
import { DesignSection } from '../../../src/render/web/DesignSection.tsx';
import { PlanOverview } from '../../../src/render/web/PlanOverview.tsx';
import type { Plan } from '../../../src/schema/plan/index.ts';
import { overCapacityPlan, planFromFile as planOf } from '../pdf/support/plans.ts';

afterEach(cleanup);

/** The first item, which the test needs to be there. */
function first<T>(items: readonly T[] | undefined): T {
  const item = items?.[0];
  if (item === undefined) throw new Error('expected at least one item');
  return item;
}

const renderDesign = (plan: Plan) =>
  render(<DesignSection design={plan.design} answerSheet={plan.answerSheet} />).container;

describe('DesignSection', () => {
  it('draws each layer as an image whose description names every segment with its share and treatment', () => {
    const plan = planOf('test/fixtures/expert-cases/ec-02-dental-supplies.json');
    renderDesign(plan);
    const images = screen.getAllByRole('img');
    for (const layer of plan.design.layers) {
      const image = images.find((i) => i.textContent.includes(segmentShort(first(layer.segments))));
      expect(image, layer.kind).toBeDefined();
      for (const s of layer.segments) expect(image?.querySelector('desc')?.textContent).toContain(segmentShort(s));
    }
    // Labelled by its own title and description, which exist.
    for (const image of images) {
      const ids = (image.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(ids).toHaveLength(2);
      for (const id of ids) expect(document.getElementById(id), id).not.toBeNull();
    }
  });

  it('lists every segment in a table with its rule, share (assumed marked), units, calls, channel, owner and play', () => {
    const plan = planOf('test/fixtures/expert-cases/ec-02-dental-supplies.json');
    renderDesign(plan);
    const tables = screen.getAllByRole('table', { name: 'Segments and what each gets' });
    expect(tables).toHaveLength(plan.design.layers.filter((l) => l.segments.length > 0).length);
    const base = plan.design.layers[0];
    if (base === undefined) throw new Error('no base layer');
    const rows = within(tables[0] as HTMLElement)
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(base.segments.length);
    base.segments.forEach((s, i) => {
      const cells = [...(rows[i]?.children ?? [])].map((c) => c.textContent);
      expect(cells).toEqual([
        s.name,
        s.rule,
        shareText(s),
        unitsText(s.units, base.unit),
        callsAYear(s.treatment.callsPerYear),
        channelLabel(s.treatment.channel),
        s.treatment.owner,
        s.treatment.activity,
      ]);
    });
    expect(shareText(first(base.segments))).toContain('(assumed)');
  });

  it("says what a merged segment merged, and gives a key-account layer's books and advice", () => {
    expect(renderDesign(planOf('test/fixtures/expert-cases/ec-03-agricultural-inputs.json')).textContent).toContain(
      "Win and Grow (merges the method's segments win and grow)",
    );
    const plan = planOf('test/fixtures/expert-cases/ec-02-dental-supplies.json');
    const { textContent } = renderDesign(plan);
    const books = plan.design.layers.find((l) => l.books !== null)?.books;
    expect(books?.advice).toBeTruthy();
    expect(textContent).toContain(books?.advice ?? 'missing');
  });

  it('draws a two-axis base as a grid of cells, one per row and column', () => {
    const plan = planOf('test/fixtures/expert-cases/ec-04-sme-banking.json');
    const base = plan.design.layers[0];
    const grid = base?.grid;
    if (grid == null) throw new Error('ec-04 has no grid');
    renderDesign(plan);
    const image = screen.getByRole('img', { name: new RegExp(`^${grid.rowLabel} by ${grid.columnLabel}`) });
    expect(image.querySelectorAll('rect')).toHaveLength(grid.rows.length * grid.columns.length);
    for (const label of [...grid.rows, ...grid.columns]) expect(image.textContent).toContain(label);
  });

  it('shows the capacity arithmetic, the adjustments in order and the advice', () => {
    const plan = overCapacityPlan();
    const { container } = render(<DesignSection design={plan.design} answerSheet={plan.answerSheet} />);
    const table = screen.getByRole('table', { name: /Capacity by channel/ });
    for (const c of plan.design.capacity.channels) {
      expect(table.textContent).toContain(supplyLine(c) ?? 'missing');
      expect(table.textContent).toContain(demandLine(c) ?? 'missing');
    }
    const gauges = screen.getAllByRole('img', { name: /of capacity used/ });
    expect(gauges).toHaveLength(plan.design.capacity.channels.length);
    expect(gauges.some((g) => g.closest('.gauge-over') !== null)).toBe(true);
    const steps = [...container.querySelectorAll('ol')].find(
      (ol) => ol.previousElementSibling?.textContent === 'Adjustments made, in order',
    );
    expect([...(steps?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(
      plan.design.capacity.adjustments,
    );
    for (const advice of plan.design.capacity.advice) expect(container.textContent).toContain(advice);
  });

  it('says the capacity was not checked and links to each missing question', () => {
    const plan = planOf('test/fixtures/answers/legacy-partial.json');
    renderDesign(plan);
    const field = plan.design.capacity.channels[0];
    expect(field?.missing.length).toBeGreaterThan(1);
    expect(screen.getByText('Field reps: capacity not checked.')).toBeTruthy();
    for (const id of field?.missing ?? []) {
      const topic = plan.answerSheet.find((a) => a.questionId === id)?.topic ?? 'missing';
      expect(screen.getByRole('link', { name: topic }).getAttribute('href')).toBe(editHref(id));
    }
    expect(screen.queryByRole('img', { name: /of capacity used/ })).toBeNull();
  });

  it("gives each layer's reasons with their evidence, and the assumptions", () => {
    const plan = planOf('test/fixtures/expert-cases/ec-02-dental-supplies.json');
    const { textContent } = renderDesign(plan);
    for (const layer of plan.design.layers)
      for (const r of layer.reasons) {
        expect(textContent).toContain(r.because);
        for (const e of r.evidence) for (const label of e.answerLabels) expect(textContent).toContain(label);
      }
    for (const a of plan.design.assumptions) expect(textContent).toContain(a);
  });

  it('keeps the wide segment table in a focusable, labelled scroll region with a hint', () => {
    const plan = planOf('test/fixtures/expert-cases/ec-02-dental-supplies.json');
    renderDesign(plan);
    const regions = screen.getAllByRole('region', { name: /^Segments: / });
    expect(regions.length).toBeGreaterThan(0);
    for (const r of regions) {
      expect(r.getAttribute('tabindex')).toBe('0');
      expect(r.textContent).toContain('Scroll sideways to see every column.');
    }
  });
});

describe('PlanOverview (the first screen)', () => {
  it('shows the design at a glance, the headline and the base segments with their treatments, before the top risks and the next actions', () => {
    const plan = planOf('test/fixtures/expert-cases/ec-02-dental-supplies.json');
    const { container } = render(<PlanOverview plan={plan} />);
    const text = container.textContent;
    expect(text).toContain('The design at a glance');
    expect(text.indexOf(plan.design.headline)).toBeGreaterThan(-1);
    const base = plan.design.layers[0];
    for (const s of base?.segments ?? []) expect(text).toContain(segmentShort(s));
    expect(text.indexOf(plan.design.headline)).toBeLessThan(text.indexOf('Top risks'));
    expect(text.indexOf(segmentShort(first(base?.segments.slice(-1))))).toBeLessThan(
      text.indexOf('Next three actions'),
    );
  });
});
