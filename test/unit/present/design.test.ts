import { describe, expect, it } from 'vitest';
import {
  bandStatus,
  fitLabel,
  GAUGE_MAX,
  gaugeLayout,
  gridLayout,
  segmentColour,
  SEGMENT_COLOURS,
  shareBar,
} from '../../../src/present/design.ts';
import {
  callsAYear,
  capacityStatusText,
  demandLine,
  gaugeCaption,
  missingLine,
  segmentShort,
  shareText,
  singularUnit,
  supplyLine,
  treatmentShort,
  unitsText,
} from '../../../src/present/design-text.ts';
import type { DesignLayer, DesignSegment } from '../../../src/schema/plan/index.ts';
import { planFromFile as planOf } from '../pdf/support/plans.ts';

const segment = (id: string, share: number, extra: Partial<DesignSegment> = {}): DesignSegment => ({
  id,
  name: id.toUpperCase(),
  rule: `Rule of ${id}`,
  share,
  shareSource: 'assumed',
  units: null,
  treatment: { callsPerYear: 0, channel: 'digital', owner: 'Marketing', activity: 'Campaigns' },
  mergedFrom: [],
  ...extra,
});

describe('shareBar', () => {
  it('makes each piece as wide as its share, in order, each starting where the last ends', () => {
    const bar = shareBar([segment('a', 0.1), segment('b', 0.3), segment('c', 0.6)], 500);
    expect(bar.map((p) => p.segmentId)).toEqual(['a', 'b', 'c']);
    expect(bar.map((p) => Number(p.width.toFixed(6)))).toEqual([50, 150, 300]);
    expect(bar.map((p) => Number(p.left.toFixed(6)))).toEqual([0, 50, 200]);
    expect(bar.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it('scales shares that do not add up to 1 so the bar is filled exactly', () => {
    const bar = shareBar([segment('a', 0.2), segment('b', 0.2)], 300);
    expect(bar.map((p) => p.width)).toEqual([150, 150]);
    const last = bar.at(-1);
    expect((last?.left ?? 0) + (last?.width ?? 0)).toBeCloseTo(300, 6);
  });

  it('gives equal pieces when no segment has a share, and nothing for no segments', () => {
    expect(shareBar([segment('a', 0), segment('b', 0)], 100).map((p) => p.width)).toEqual([50, 50]);
    expect(shareBar([], 100)).toEqual([]);
  });

  it('says whether a label fits inside a piece', () => {
    const bar = shareBar([segment('a', 0.05), segment('b', 0.95)], 400, 40);
    expect(bar.map((p) => p.labelFits)).toEqual([false, true]);
  });
});

describe('gridLayout', () => {
  const layer: Pick<DesignLayer, 'grid' | 'segments'> = {
    grid: {
      rowLabel: 'Potential',
      columnLabel: 'Adoption',
      rows: ['High', 'Low'],
      columns: ['None', 'Some', 'Most'],
      cells: [
        ['win', 'win', 'defend'],
        ['low', 'low', 'ghost'],
      ],
    },
    segments: [segment('win', 0.2), segment('defend', 0.3), segment('low', 0.5)],
  };

  it('fills the box row by row with equal cells and the gap between them', () => {
    const { cells } = gridLayout(layer, { x: 10, y: 20, width: 304, height: 102 }, 2);
    expect(cells).toHaveLength(6);
    expect(cells.map((c) => [c.row, c.column])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    expect(cells[0]).toMatchObject({ x: 10, y: 20, width: 100, height: 50 });
    expect(cells[5]).toMatchObject({ x: 214, y: 72, width: 100, height: 50 });
  });

  it("colours each cell by its segment's place in the layer, -1 for an id that names no segment", () => {
    const { cells } = gridLayout(layer, { x: 0, y: 0, width: 90, height: 60 });
    expect(cells.map((c) => c.index)).toEqual([0, 0, 1, 2, 2, -1]);
    expect(cells.map((c) => c.name)).toEqual(['WIN', 'WIN', 'DEFEND', 'LOW', 'LOW', 'ghost']);
  });

  it('labels only the first cell of each segment', () => {
    const { cells } = gridLayout(layer, { x: 0, y: 0, width: 90, height: 60 });
    expect(cells.filter((c) => c.labelled).map((c) => [c.row, c.column])).toEqual([
      [0, 0],
      [0, 2],
      [1, 0],
      [1, 2],
    ]);
  });

  it('centres the row and column labels on their cells, and is empty without a grid', () => {
    const { rowCentres, columnCentres } = gridLayout(layer, { x: 0, y: 0, width: 304, height: 102 }, 2);
    expect(rowCentres).toEqual([25, 77]);
    expect(columnCentres).toEqual([50, 152, 254]);
    expect(gridLayout({ ...layer, grid: null }, { x: 0, y: 0, width: 10, height: 10 }).cells).toEqual([]);
  });
});

describe('gaugeLayout and bandStatus', () => {
  it('marks 70 to 100% as the band on a 0 to 150% track', () => {
    const g = gaugeLayout({ utilisation: 0.87 }, 300);
    expect(g.band.left).toBeCloseTo(140, 6);
    expect(g.band.width).toBeCloseTo(60, 6);
    expect(g.marks.map((m) => [m.label, Math.round(m.left)])).toEqual([
      ['0%', 0],
      ['70%', 140],
      ['100%', 200],
      ['150%', 300],
    ]);
    expect(g.fill).toBeCloseTo(174, 6);
    expect(g.status).toBe('within');
  });

  it('fills to the end and says so when the utilisation is beyond the scale', () => {
    const g = gaugeLayout({ utilisation: 6.91 }, 300);
    expect(g.fill).toBe(300);
    expect(g.beyond).toBe(true);
    expect(g.status).toBe('over');
    expect(gaugeLayout({ utilisation: GAUGE_MAX }, 300).beyond).toBe(false);
  });

  it('draws nothing for an unknown utilisation', () => {
    expect(gaugeLayout({ utilisation: null }, 300)).toMatchObject({ fill: 0, beyond: false, status: 'unknown' });
  });

  it('places the band edges inside it', () => {
    expect([0.69, 0.7, 1, 1.01, null].map(bandStatus)).toEqual(['under', 'within', 'within', 'over', 'unknown']);
  });
});

describe('segmentColour', () => {
  it('gives each of the first eight segments its own colour, then repeats', () => {
    const first = SEGMENT_COLOURS.map((_, i) => segmentColour(i));
    expect(new Set(first).size).toBe(SEGMENT_COLOURS.length);
    expect(segmentColour(SEGMENT_COLOURS.length)).toBe(segmentColour(0));
    expect(segmentColour(-1)).toBe(segmentColour(SEGMENT_COLOURS.length - 1));
  });
});

describe('the design in words', () => {
  it('labels a segment with its share and treatment', () => {
    const win = segment('win', 0.1, {
      name: 'Win',
      treatment: { callsPerYear: 24, channel: 'field', owner: 'Rep', activity: 'Visit' },
    });
    expect(segmentShort(win)).toBe('Win 10% · field 24/yr');
    expect(treatmentShort({ channel: 'inside-sales', callsPerYear: 0 })).toBe('inside sales, no calls');
    expect(callsAYear(24)).toBe('24 calls a year');
    expect(callsAYear(1)).toBe('1 call a year');
    expect(shareText(win)).toBe('10% (assumed)');
    expect(shareText({ share: 0.0625, shareSource: 'capacity' })).toBe('6% (fitted to capacity)');
  });

  it('counts units with the singular of the plural unit', () => {
    expect(unitsText(8960, 'sites')).toBe('8,960 sites');
    expect(unitsText(1, 'people')).toBe('1 person');
    expect(unitsText(1, 'named accounts')).toBe('1 named account');
    expect(unitsText(null, 'sites')).toBe('unknown');
    expect(singularUnit('pharmacies')).toBe('pharmacy');
  });

  it('shows the capacity arithmetic of a real plan, the demand summing its base segments and the named groups', () => {
    const plan = planOf('test/fixtures/expert-cases/ec-02-dental-supplies.json');
    const field = plan.design.capacity.channels.find((c) => c.channel === 'field');
    if (field === undefined) throw new Error('no field channel');
    expect(supplyLine(field)).toBe('85 people × 950 calls each = 80,750 calls a year');
    // The 40 dental service organisations' head offices are the field's too (no key-account team).
    expect(demandLine(field)).toBe(
      'Strategic 840 × 24 + Key 4,200 × 12 + Strategic named accounts 8 × 12 + Key named accounts 32 × 6 = 70,848 calls a year',
    );
    expect(gaugeCaption(field)).toBe('Field reps: 88% of capacity used, within the 70% to 100% band');
  });

  it('gives only the total when the terms do not sum to the demand, and nothing when it is unknown', () => {
    const demandBy = [{ segmentId: 'a', name: 'A', units: 10, callsPerYear: 2 }];
    expect(demandLine({ demand: 20, demandBy })).toBe('A 10 × 2 = 20 calls a year');
    expect(demandLine({ demand: 99, demandBy })).toBe('99 calls a year');
    expect(demandLine({ demand: null, demandBy })).toBeNull();
  });

  it('names the questions a capacity check is missing by their topic', () => {
    const plan = planOf('test/fixtures/answers/legacy-partial.json');
    const field = plan.design.capacity.channels[0];
    expect(field?.missing.length).toBeGreaterThan(0);
    const line = missingLine(field ?? { missing: [] }, plan.answerSheet);
    expect(line).toMatch(/^Capacity not checked: answer /);
    for (const id of field?.missing ?? []) {
      const topic = plan.answerSheet.find((a) => a.questionId === id)?.topic ?? 'missing topic';
      expect(line).toContain(topic);
    }
  });

  it('sums to the demand the plan gives, for every example plan with known demand', () => {
    for (const file of [
      'test/fixtures/expert-cases/ec-04-sme-banking.json',
      'test/fixtures/expert-cases/ec-07-telecom-smb.json',
      'test/fixtures/answers/northwind-pharma.json',
    ]) {
      const plan = planOf(file);
      for (const c of plan.design.capacity.channels)
        if (c.demand !== null) expect(demandLine(c), `${file} ${c.channel}`).toContain(' × ');
    }
  });
});

describe('fitLabel', () => {
  it('takes the first label that fits the room, or none', () => {
    expect(fitLabel(['Strategic', '1'], 60, 6)).toBe('Strategic');
    expect(fitLabel(['Strategic', '1'], 20, 6)).toBe('1');
    expect(fitLabel(['Strategic', '1'], 5, 6)).toBe('');
  });
});

describe('capacityStatusText', () => {
  it('says when no segment gets field visits rather than that field capacity was not checked', () => {
    expect(capacityStatusText({ status: 'unknown', channels: [] })).toBe(
      'No segment gets field visits, so there is no field capacity to check',
    );
    const field = {
      channel: 'field',
      people: 2,
      perPerson: null,
      supply: null,
      demand: null,
      demandBy: [],
      utilisation: null,
      missing: ['x'],
    } as const;
    expect(
      capacityStatusText({ status: 'unknown', channels: [{ ...field, demandBy: [], missing: [...field.missing] }] }),
    ).toBe('Field capacity not checked');
    expect(capacityStatusText({ status: 'over', channels: [] })).toMatch(/^Field capacity over the 70% to 100% band/);
  });
});
