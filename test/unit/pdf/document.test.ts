import { Font } from '@react-pdf/renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import { everyMonths, formatDateRange } from '../../../src/present/format.ts';
import type { Plan } from '../../../src/schema/plan/index.ts';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { answersDocument, fullPlan, realContent } from './support/plans.ts';
import {
  CREATION_DATE,
  filledBoxes,
  itemsOutsidePage,
  pagesWith,
  readPdf,
  renderPlan,
  squash,
  type PdfPage,
  type ReadPdf,
} from '../../support/read-pdf.ts';

const ORGANISATION = 'Société Générale Médical Ærø';
/** The numbered sections as the contents lists them. */
const SECTION_TITLES = [
  'Executive summary',
  'Readiness',
  'Risks',
  'Method',
  'Segment design',
  'Segment count',
  'Systems impact',
  'Sales-force communication plan',
  'Rollout playbook',
  'Review cadence',
  'Appendix',
];

let plan: Plan;
let pdf: ReadPdf;

/** The first page of each section, read from the contents page (page 2). */
function contentsPages(): Map<string, number> {
  const items = pdf.pages[1]?.items ?? [];
  const found = new Map<string, number>();
  for (const title of SECTION_TITLES) {
    const heading = items.find((i) => i.str === title);
    // The page number is the right-aligned number on the same row as the title's description line.
    const number = items.find(
      (i) => heading !== undefined && /^\d+$/.test(i.str) && i.x > 480 && Math.abs(i.y - heading.y) < 20,
    );
    if (number !== undefined) found.set(title, Number(number.str));
  }
  return found;
}

/** The text of the pages from a section's first page up to the next section's. */
function sectionText(title: string): string {
  const starts = contentsPages();
  const start = starts.get(title) ?? 0;
  const next = SECTION_TITLES.map((t) => starts.get(t) ?? 0).find((n) => n > start) ?? pdf.pages.length + 1;
  return pdf.pages
    .filter((p) => p.number >= start && p.number < next)
    .map((p) => p.text)
    .join(' ');
}

const contains = (haystack: string, needle: string): boolean => squash(haystack).includes(squash(needle));

beforeAll(async () => {
  // Forty field reps: a sales force with managers, so the communication cascade has its full set of audiences.
  plan = fullPlan({ organisation: ORGANISATION, answers: { 'segment-count.reps': 40 } });
  pdf = await readPdf(await renderPlan(plan));
});

describe('the PDF of a fully answered plan', () => {
  it('is a PDF file that pdfjs can read, with many pages', () => {
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(pdf.pages.length).toBeGreaterThan(12);
  });

  it('opens with a cover naming the title, the organisation, the date and the respondent with their role', () => {
    const cover = pdf.pages[0]?.text ?? '';
    expect(contains(cover, 'Customer segmentation plan')).toBe(true);
    expect(cover).toContain(ORGANISATION);
    expect(cover).toContain('3 Mar 2025');
    expect(cover).toContain(`${plan.meta.respondent}, ${plan.meta.role}`);
  });

  it('renders accented Latin as written, on the cover and in every running header', () => {
    const withOrganisation = pagesWith(pdf, ORGANISATION);
    expect(withOrganisation).toEqual(pdf.pages.map((p) => p.number));
  });

  it('has a contents page whose page numbers are the pages the sections start on', () => {
    const starts = contentsPages();
    expect([...starts.keys()]).toEqual(SECTION_TITLES);
    for (const [title, page] of starts) {
      const opening = pdf.pages[page - 1];
      expect(opening?.text, title).toMatch(/SECTION \d\d/);
      expect(
        opening?.items.some((i) => i.str === title),
        title,
      ).toBe(true);
    }
    const numbers = [...starts.values()];
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('keeps the executive summary to one page, with the score, the top risks, the method, the range and three actions', () => {
    const starts = contentsPages();
    expect(starts.get('Readiness')).toBe((starts.get('Executive summary') ?? 0) + 1);
    const summary = sectionText('Executive summary');
    expect(summary).toContain(`${plan.summary.readinessScore ?? '–'} / 100`);
    for (const risk of plan.summary.topRisks) expect(contains(summary, risk.title), risk.title).toBe(true);
    expect(contains(summary, plan.summary.recommendedMethod?.title ?? 'missing')).toBe(true);
    expect(plan.summary.nextActions).toHaveLength(3);
    for (const action of plan.summary.nextActions) expect(contains(summary, action), action).toBe(true);
  });

  it('labels the readiness radar with every dimension and lists what raised and lowered each score', () => {
    const readiness = sectionText('Readiness');
    for (const d of plan.readiness.dimensions) {
      expect(contains(readiness, d.title), d.title).toBe(true);
      for (const item of [...d.raised, ...d.lowered]) expect(contains(readiness, item.because), item.ruleId).toBe(true);
    }
  });

  it('explains how a prerequisite raises or lowers its dimension ahead of the table, on the page the table starts', () => {
    const legend =
      'A prerequisite scoring 0.75 or more raises its dimension; one under 0.75, a gap or a partial step, lowers it.';
    const [page] = pagesWith(pdf, 'Dimensions and their reasons');
    expect(page).toBeDefined();
    expect(pagesWith(pdf, legend)).toEqual([page]);
    const text = squash(pdf.pages[(page ?? 0) - 1]?.text ?? '');
    // The first row's description: the radar above the table also names the dimension.
    const firstRow = squash(plan.readiness.dimensions[0]?.description ?? '');
    expect(text.indexOf(squash(legend))).toBeGreaterThan(-1);
    expect(text.indexOf(firstRow)).toBeGreaterThan(text.indexOf(squash(legend)));
  });

  it('names no unscored items when every question that could score them is answered or hidden', () => {
    // This plan has items whose questions the answers hide: they do not apply, so nothing waits.
    expect(
      plan.readiness.dimensions.some((d) => d.unknown.length > 0 && d.unknown.every((u) => u.questionIds.length === 0)),
    ).toBe(true);
    expect(sectionText('Readiness')).not.toContain('Not yet scored');
  });

  it('shows every finding above "none" with its evidence answers quoted and its fix', () => {
    const risks = sectionText('Risks');
    const findings = plan.mistakeFindings.filter((f) => f.risk !== 'none');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(contains(risks, f.title), f.title).toBe(true);
      for (const e of f.evidence.flatMap((r) => r.evidence)) {
        for (const label of e.answerLabels)
          expect(contains(risks, `“${label}”`), `${f.mistakeId}: ${label}`).toBe(true);
      }
      for (const fix of f.remediation) expect(contains(risks, fix), fix).toBe(true);
    }
    const none = plan.mistakeFindings.find((f) => f.risk === 'none');
    if (none !== undefined) expect(contains(risks, none.title)).toBe(false);
  });

  it('ranks every method with its fit and names the recommended one first', () => {
    const method = sectionText('Method');
    const recommended = plan.method.ranking.find((m) => m.methodId === plan.method.recommended);
    expect(recommended).toBeDefined();
    expect(method).toContain(`Recommended: ${recommended?.title ?? ''}`);
    for (const m of plan.method.ranking) expect(contains(method, m.title), m.title).toBe(true);
    for (const change of plan.method.whatWouldChange) expect(contains(method, change.summary)).toBe(true);
  });

  it('states the segment range and its reasoning', () => {
    const count = sectionText('Segment count');
    const { min, max } = plan.segmentCount;
    expect(count).toContain(min === max ? `${min} segment` : `${min}–${max} segments`);
    for (const line of plan.segmentCount.reasoning) expect(contains(count, line), line).toBe(true);
  });

  it('lists each system with its owner, its changes and its checklist', () => {
    const systems = sectionText('Systems impact');
    expect(plan.systems.length).toBeGreaterThan(0);
    for (const s of plan.systems) {
      for (const text of [s.title, s.owner, ...s.changes, ...s.checklist])
        expect(contains(systems, text), text).toBe(true);
    }
  });

  it('draws the communication plan from the rollout: every audience, message and material', () => {
    const communication = sectionText('Sales-force communication plan');
    for (const p of plan.rollout.phases.filter((x) => x.included)) {
      for (const text of [...p.audiences, ...p.messages, ...p.materials])
        expect(contains(communication, text), text).toBe(true);
    }
  });

  it('cites, beside each finding, method, system, phase and warning sign already showing, the sources its guide article cites', () => {
    const content = realContent();
    const articles = {
      mistakes: content.mistakes,
      methods: content.methods,
      systems: content.systems,
      rollout: content.rollout,
      warningSigns: content.warningSigns,
    };
    const citation = (collection: keyof typeof articles, id: string): string => {
      const sources = articles[collection].find((a) => a.id === id)?.sources ?? [];
      expect(sources.length, `${collection}/${id}`).toBeGreaterThan(0);
      return `Sources: ${sources.map((s) => `[${s}]`).join(' ')}`;
    };
    const risks = sectionText('Risks');
    for (const f of plan.mistakeFindings.filter((x) => x.risk !== 'none'))
      expect(contains(risks, citation('mistakes', f.mistakeId)), f.mistakeId).toBe(true);
    const method = sectionText('Method');
    for (const m of plan.method.ranking)
      expect(contains(method, citation('methods', m.methodId)), m.methodId).toBe(true);
    const systems = sectionText('Systems impact');
    for (const s of plan.systems) expect(contains(systems, citation('systems', s.systemId)), s.systemId).toBe(true);
    const rollout = sectionText('Rollout playbook');
    for (const p of plan.rollout.phases)
      expect(contains(rollout, citation('rollout', p.phaseId)), p.phaseId).toBe(true);
    // The signs already showing; the checklist, copied for every review, stays free of citations.
    const active = plan.cadence.triggers.filter((t) => t.active);
    expect(active.length).toBeGreaterThan(0);
    const cadence = sectionText('Review cadence');
    const checklistStart = cadence.indexOf('Warning-sign checklist');
    expect(checklistStart).toBeGreaterThan(cadence.indexOf('Signs already showing'));
    const checklist = cadence.slice(checklistStart);
    for (const t of active) {
      expect(contains(cadence, citation('warningSigns', t.signId)), t.signId).toBe(true);
      expect(contains(checklist, citation('warningSigns', t.signId)), t.signId).toBe(false);
    }
  });

  it('repeats a table header row on every page the table continues onto (the cascade)', () => {
    const start = contentsPages().get('Sales-force communication plan') ?? 0;
    const phases = plan.rollout.phases.filter((p) => p.included);
    const audiences = [...new Set(phases.flatMap((p) => p.audiences))];
    const rowPages = new Set(
      audiences.map((a) => pdf.pages.find((page) => page.number >= start && contains(page.text, a))?.number ?? 0),
    );
    // This plan's cascade has more rows than one page holds.
    expect(rowPages.size).toBeGreaterThan(1);
    for (const number of rowPages) {
      const headings = (pdf.pages[number - 1]?.items ?? []).map((i) => i.str);
      expect(headings, `page ${number}`).toContain('AUDIENCE');
      for (const p of phases) expect(headings, `page ${number}`).toContain(`P${p.order}`);
    }
  });

  it('marks each audience in the cascade with a dot under every phase it hears from, and nowhere else', async () => {
    const start = contentsPages().get('Sales-force communication plan') ?? 0;
    const phases = plan.rollout.phases.filter((p) => p.included);
    const audiences = [...new Set(phases.flatMap((p) => p.audiences))];
    const expected = phases.flatMap((p) => p.audiences.map((a) => `${a} · P${p.order}`)).sort();
    const found: string[] = [];
    for (const page of pdf.pages.filter((p) => p.number >= start && p.items.some((i) => i.str === 'AUDIENCE'))) {
      const audienceColumn = page.items.find((i) => i.str === 'AUDIENCE')?.x ?? 0;
      const columns = phases.map((p) => {
        const heading = page.items.find((i) => i.str === `P${p.order}`);
        return { phase: `P${p.order}`, x: (heading?.x ?? 0) + (heading?.width ?? 0) / 2 };
      });
      // Each row's first line: the longest item in the audience column that the audience's name
      // starts with, unless the item is another audience's whole name ("Marketing").
      const rows = audiences.flatMap((audience) => {
        const lines = page.items.filter(
          (i) =>
            Math.abs(i.x - audienceColumn) < 1 &&
            (i.str === audience || (audience.startsWith(i.str.replace(/-$/, '')) && !audiences.includes(i.str))),
        );
        const first = lines.sort((a, b) => b.str.length - a.str.length)[0];
        return first === undefined ? [] : [{ audience, top: first.y + first.height }];
      });
      const dots = (await filledBoxes(pdf.bytes, page.number)).filter(
        (b) => Math.abs(b.width - 7) < 0.5 && Math.abs(b.height - 7) < 0.5,
      );
      for (const dot of dots) {
        const [cx, cy] = [dot.x + dot.width / 2, dot.y + dot.height / 2];
        // A dot sits at the middle of its row: below the row's first line top, above the next row's.
        const row = rows.filter((r) => r.top >= cy).sort((a, b) => a.top - b.top)[0];
        const column = [...columns].sort((a, b) => Math.abs(a.x - cx) - Math.abs(b.x - cx))[0];
        found.push(`${row?.audience ?? '?'} · ${column?.phase ?? '?'}`);
      }
    }
    expect(found.sort()).toEqual(expected);
  });

  it('shows each phase with its dates on the timeline and on its own page, with its exit criteria', () => {
    const rollout = sectionText('Rollout playbook');
    const phases = plan.rollout.phases.filter((p) => p.included);
    expect(phases.length).toBeGreaterThan(1);
    for (const p of phases) {
      const dates = formatDateRange(p.start, p.end);
      expect(pagesWith(pdf, dates).length, dates).toBeGreaterThanOrEqual(2);
      for (const criterion of p.exitCriteria) expect(contains(rollout, criterion), criterion).toBe(true);
    }
    expect(rollout).toContain('7 Apr 2025');
  });

  it('gives the review cadence and a warning-sign checklist with every check question', () => {
    const cadence = sectionText('Review cadence');
    expect(cadence.toLowerCase()).toContain(everyMonths(plan.cadence.design.months));
    for (const t of plan.cadence.triggers) expect(contains(cadence, t.checkQuestion), t.signId).toBe(true);
  });

  it('lists every answer and note in the appendix, and exactly the sources the plan cites', () => {
    const appendix = sectionText('Appendix');
    for (const entry of plan.answerSheet) expect(contains(appendix, entry.prompt), entry.questionId).toBe(true);
    const sourcesStart = appendix.lastIndexOf('Sources cited in this plan');
    expect(sourcesStart).toBeGreaterThan(0);
    const beforeSources = pdf.pages
      .map((p) => p.text)
      .join('\n')
      .split('Sources cited in this plan')[0];
    // Brackets hold one id ("[S5]") or several ("[S23, S37]").
    const cited = new Set(
      [...(beforeSources ?? '').matchAll(/\[(S\d+[a-z]*(?:,\s*S\d+[a-z]*)*)\]/g)].flatMap((m) =>
        (m[1] ?? '').split(/,\s*/),
      ),
    );
    expect(cited.size).toBeGreaterThan(5);
    const all = realContent().sources;
    expect(cited.size).toBeLessThan(all.length);
    const listed = appendix.slice(sourcesStart);
    for (const source of all) {
      expect(contains(listed, source.citation.replace(/\*/g, '')), source.id).toBe(cited.has(source.id));
    }
  });

  it('numbers every page after the cover "page X of N" in its footer', () => {
    const total = pdf.pages.length;
    for (const page of pdf.pages.slice(1))
      expect(page.text, `page ${page.number}`).toContain(`page ${page.number} of ${total}`);
  });

  it('sets the running header and footer at the same height on every page, the footer at the foot even when a section ends high', () => {
    const at = (page: PdfPage, pattern: RegExp) => page.items.find((i) => pattern.test(i.str));
    const footers = pdf.pages.slice(1).map((page) => at(page, /^page \d+ of \d+$/));
    const headers = pdf.pages.slice(1).map((page) => at(page, /Customer segmentation plan$/));
    const first = pdf.pages[1];
    expect(first).toBeDefined();
    for (const [i, footer] of footers.entries()) {
      expect(footer, `footer on page ${i + 2}`).toBeDefined();
      expect(Math.abs((footer?.y ?? 0) - (footers[0]?.y ?? 0)), `footer on page ${i + 2}`).toBeLessThan(0.5);
      expect(Math.abs((headers[i]?.y ?? 0) - (headers[0]?.y ?? 0)), `header on page ${i + 2}`).toBeLessThan(0.5);
    }
    // Within the bottom and top margins of the page.
    expect(footers[0]?.y ?? 0).toBeLessThan(50);
    expect(headers[0]?.y ?? 0).toBeGreaterThan((first?.height ?? 0) - 50);
  });

  it('starts each rollout phase on a fresh page, to hand to its owner', () => {
    const phases = plan.rollout.phases;
    const starts = phases.map((p) => {
      const heading = `Phase ${p.order}: ${p.title}`;
      const page = pdf.pages.find((pg) => squash(pg.text).includes(squash(heading)));
      expect(page, heading).toBeDefined();
      // The heading is the first thing below the running header (pdfjs y grows upwards).
      const body = (page?.items ?? []).filter((i) => i.y < (page?.height ?? 0) - 50 && i.y > 50);
      const top = body.reduce((a, b) => (b.y > a.y ? b : a));
      expect(squash(heading).startsWith(squash(top.str)), `${heading} starts page ${page?.number}`).toBe(true);
      return page?.number;
    });
    expect(new Set(starts).size).toBe(phases.length);
  });

  it('starts the warning-sign checklist on a page of its own, to copy for each review', () => {
    const page = pdf.pages.find((p) => p.text.includes('Warning-sign checklist'));
    expect(page).toBeDefined();
    expect(page?.text).not.toContain('Why these intervals');
    expect(page?.text.toLowerCase()).not.toContain('section 09');
  });

  it('sets the title, author, subject and creation date', () => {
    expect(pdf.info['Title']).toBe(`Customer segmentation plan: ${ORGANISATION}`);
    expect(pdf.info['Author']).toBe(realContent().brand.name);
    expect(String(pdf.info['Subject'])).toContain(ORGANISATION);
    expect(String(pdf.info['CreationDate'])).toMatch(/^D:20250304/);
    expect(CREATION_DATE.getUTCFullYear()).toBe(2025);
  });

  it('has a bookmark for the cover, the contents and every section, in order', () => {
    expect(pdf.outline).toEqual(['Cover', 'Contents', ...SECTION_TITLES]);
  });

  it('keeps every text item inside its page', () => {
    expect(itemsOutsidePage(pdf)).toEqual([]);
  });

  it('registers only the Latin font when every letter is in it: no other subset, no CJK font', () => {
    const families = Object.keys(Font.getRegisteredFonts()).filter((name) => name.startsWith('SP Noto Sans'));
    expect(families.map((name) => name.replace(/ \d+$/, ''))).toEqual(['SP Noto Sans Latin']);
  });

  it('embeds Noto Sans but not the CJK font when no text needs it', () => {
    const raw = new TextDecoder('latin1').decode(pdf.bytes);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).not.toContain('NotoSansHans');
    expect(pdf.bytes.length).toBeLessThan(1_000_000);
  });
});

describe('the PDF of a plan without a pilot', () => {
  it('marks the pilot as skipped once on the timeline, without dates', async () => {
    const content = realContent();
    const document = answersDocument(content);
    document.answers['rollout.pilot'] = 'no-pilot';
    const plan = buildPlan(content, document);
    const pilot = plan.rollout.phases.find((p) => p.phaseId === 'pilot');
    expect(pilot?.included).toBe(false);
    const pdf = await readPdf(await renderPlan(plan));
    const timeline = pdf.pages.find((p) => p.text.includes('Not scheduled'));
    expect(timeline?.text).toMatch(/\d\. Pilot Not scheduled Skipped/);
    expect(timeline?.text).not.toContain('Skipped Skipped');
  });
});
