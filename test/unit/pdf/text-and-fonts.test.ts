import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { nodeFontSources, renderPlanPdfBuffer } from '../../../src/render/pdf/node.ts';
import { composed } from '../../../src/render/pdf/render.ts';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { answersDocument, fullPlan, realContent } from './support/plans.ts';
import {
  bodyText,
  itemsOutsidePage,
  pagesWith,
  readPdf,
  renderPlan,
  squash,
  type ReadPdf,
} from '../../support/read-pdf.ts';

/** Workshop minutes of at least `length` characters, as real words so hyphenation and wrapping apply. */
function longNote(length: number): string {
  const sentences: string[] = [];
  for (let i = 1; sentences.join(' ').length < length; i += 1) {
    sentences.push(
      `Minute ${i}: the district managers agreed that tier ${i % 4} accounts need a different call plan before the spring cycle.`,
    );
  }
  return sentences.join(' ').slice(0, length);
}

const rawText = (pdf: ReadPdf): string => new TextDecoder('latin1').decode(pdf.bytes);

/** The fonts the PDF embeds, by their subset-tagged names. */
const embeddedFonts = (pdf: ReadPdf): Set<string> =>
  new Set([...rawText(pdf).matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[0]));

/**
 * Render a plan for `organisation` with `note` on its first question, and check that both read as
 * written (the organisation on the cover, the note in the body), that each font in `fonts` is
 * embedded, and that nothing runs off a page.
 */
async function renderScript(organisation: string, note: string, fonts: readonly string[]): Promise<ReadPdf> {
  const pdf = await readPdf(await renderPlan(fullPlan({ organisation, notes: { 'readiness.objective': note } })));
  expect(squash(pdf.pages[0]?.text ?? '')).toContain(squash(organisation));
  expect(bodyText(pdf)).toContain(squash(note));
  for (const font of fonts) expect(rawText(pdf)).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${font}`));
  expect(itemsOutsidePage(pdf)).toEqual([]);
  return pdf;
}

describe('long free text', () => {
  it('breaks a 10,000-character note across pages, with nothing lost and nothing outside the page', async () => {
    const note = longNote(10_000);
    const token = `https://crm.example.com/reports/${'segment'.repeat(40)}`;
    expect(note).toHaveLength(10_000);
    const plan = fullPlan({ notes: { 'readiness.objective': note, 'readiness.sponsor': token } });
    const pdf = await readPdf(await renderPlan(plan));
    expect(itemsOutsidePage(pdf)).toEqual([]);
    expect(bodyText(pdf)).toContain(squash(note));
    expect(bodyText(pdf)).toContain(squash(token));
    const minutes = [...note.matchAll(/Minute (\d+): the/g)].map((m) => m[0]);
    const first = pagesWith(pdf, minutes[0] ?? 'missing');
    const last = pagesWith(pdf, minutes.at(-1) ?? 'missing');
    expect(first).toHaveLength(1);
    expect(last).toHaveLength(1);
    expect((last[0] ?? 0) - (first[0] ?? 0)).toBeGreaterThanOrEqual(1);
  });

  it('prints every line of a note with thousands of short lines, taller than float rounding allows', async () => {
    // 2,600 lines stand about 34,000 pt tall: past 32,768 pt, yoga's 32-bit rounding made the
    // paginator think the note's boxes overlapped, so it could not break it and cut all but a page.
    const lines = Array.from({ length: 2_600 }, (_, i) => `L${i + 1}`);
    const note = lines.join('\n');
    expect(note.length).toBeLessThan(20_000);
    const pdf = await readPdf(await renderPlan(fullPlan({ notes: { 'readiness.objective': note } })));
    const printed = new Set(pdf.pages.flatMap((page) => page.text.match(/\bL\d+\b/g) ?? []));
    expect(lines.filter((line) => !printed.has(line))).toEqual([]);
    expect(itemsOutsidePage(pdf)).toEqual([]);
  });

  it('keeps everything inside the page when every text answer and every note is long', async () => {
    const content = realContent();
    const document = answersDocument(content);
    const questions = content.sections.flatMap((s) => s.questions);
    for (const q of questions) {
      if (
        (q.type === 'text' || q.type === 'longtext') &&
        typeof document.answers[q.id] === 'string' &&
        !/^\d{4}-/.test(String(document.answers[q.id]))
      ) {
        document.answers[q.id] = longNote(Math.min(q.maxLength ?? 3000, 3000));
      }
      document.notes[q.id] = longNote(1500);
    }
    const pdf = await readPdf(await renderPlan(buildPlan(content, document)));
    expect(pdf.pages.length).toBeGreaterThan(50);
    expect(itemsOutsidePage(pdf)).toEqual([]);
  });
});

describe('characters the fonts do not have, invisible characters and long tokens', () => {
  it('never falls back to Helvetica: scripts without a font print as U+FFFD, direction marks vanish', async () => {
    const plan = fullPlan({
      organisation: 'Northwind\u2069 Médical\u2068',
      notes: {
        'readiness.objective': 'Copied from Teams: \u2068Dana Whitfield\u2069 agreed 👍🏽; Riyadh office: شركة الرياض',
        'readiness.sponsor': 'col1\tcol2 ≥ 50 accounts → tier A',
      },
    });
    const pdf = await readPdf(await renderPlan(plan));
    // pdfkit's standard fonts are not embedded: their names carry no subset tag.
    expect(rawText(pdf)).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(pdf.pages[0]?.text).toContain('Northwind Médical');
    const items = pdf.pages.flatMap((p) => p.items.map((i) => i.str)).join(' ');
    expect(items).toContain(
      'Dana Whitfield agreed \uFFFD; Riyadh office: \uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD',
    );
    expect(items).toContain('col1 col2 >= 50 accounts -> tier A');
    expect(itemsOutsidePage(pdf)).toEqual([]);
  });

  it('breaks a long URL after its separators, without adding hyphens that would change it', async () => {
    const url = `https://crm.example.com/reports/${'segment/'.repeat(30)}tiers?region=north&year=2026`;
    const pdf = await readPdf(
      await renderPlan(fullPlan({ notes: { 'readiness.objective': `See ${url} for the list.` } })),
    );
    const page = pdf.pages.find((p) => p.text.includes('https://crm.example.com'));
    // The items in reading order, joined without white space but keeping hyphens: the URL as typed.
    const joined = (page?.items ?? []).map((i) => i.str.replace(/\s+/g, '')).join('');
    expect(joined).toContain(`See${url}forthelist.`);
    const lines = page?.items.filter((i) => i.str.includes('segment/')) ?? [];
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.str.trimEnd()).toMatch(/\/$|for the list\.$/);
  });
});

describe('Latin Extended, Greek and Cyrillic text', () => {
  it('renders Polish, Hungarian, Romanian and Croatian letters as written, with one copy of each font', async () => {
    const pdf = await renderScript(
      'Łódź Győr Iași Šibenik',
      'Zażółć gęślą jaźń: the Kraków and Timișoara districts move first.',
      ['NotoSansLatinExt-Regular'],
    );
    // Each font once (Latin regular and bold, Latin Extended regular), not once per run of text.
    expect(embeddedFonts(pdf).size).toBeLessThanOrEqual(4);
    expect(pdf.bytes.length).toBeLessThan(400_000);
  });

  it('renders Greek and Cyrillic names and notes as written, each script with its own font', async () => {
    const pdf = await renderScript(
      'Όμιλος Αθηνών · Группа Київ',
      'Η ομάδα συμφώνησε. Команда согласилась начать с двух регионов.',
      ['NotoSansGreek-Regular', 'NotoSansCyrillic-Regular'],
    );
    expect(rawText(pdf)).not.toContain('NotoSansLatinExt');
    expect(embeddedFonts(pdf).size).toBeLessThanOrEqual(6);
  });

  it('leaves the Latin Extended font out when every letter is in the Latin font', async () => {
    const pdf = await readPdf(await renderPlan(fullPlan({ organisation: 'Société Générale Ærø' })));
    expect(rawText(pdf)).not.toContain('NotoSansLatinExt');
    expect(rawText(pdf)).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
  });
  it('prints letters typed with a combining accent as the accented letters of the Latin font', async () => {
    // "e" followed by U+0301, as some keyboards and copied text produce it.
    const pdf = await readPdf(
      await renderPlan(
        fullPlan({
          organisation: 'Se\u0301ville Me\u0301dical',
          notes: { 'readiness.objective': 'Cafe\u0301 owners, nai\u0308ve buyers' },
        }),
      ),
    );
    expect(squash(pdf.pages[0]?.text ?? '')).toContain(squash('Séville Médical'));
    expect(bodyText(pdf)).toContain(squash('Café owners, naïve buyers'));
    expect(rawText(pdf)).not.toMatch(/NotoSans(Vietnamese|Cyrillic|LatinExt|Greek)/);
  });
});

describe('composed (the text the PDF prints, in composed form)', () => {
  it('composes every string in nested objects and lists, and leaves other values as they are', () => {
    const date = new Date('2026-11-24T00:00:00Z');
    const value = { name: 'Me\u0301dical', list: ['nai\u0308ve', 3, null], nested: { deep: ['a\u030a'] }, date };
    const result = composed(value);
    expect(result).toEqual({ name: 'Médical', list: ['naïve', 3, null], nested: { deep: ['å'] }, date });
    expect(result.date).toBe(date);
    expect(value.name).toBe('Me\u0301dical');
  });
});

describe('Chinese, Japanese and Korean text', () => {
  it('renders a Chinese organisation and note as Chinese, with the CJK font embedded only then', async () => {
    const note = `客户细分计划：${'大区经理同意在春季周期之前为重点客户制定不同的拜访计划。'.repeat(40)}`;
    const plan = fullPlan({ organisation: '客户细分计划', notes: { 'readiness.objective': note } });
    const pdf = await readPdf(await renderPlan(plan));
    expect(pdf.pages[0]?.text).toContain('客户细分计划');
    expect(pagesWith(pdf, '客户细分计划')).toEqual(pdf.pages.map((p) => p.number));
    expect(bodyText(pdf)).toContain(squash(note));
    expect(rawText(pdf)).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(itemsOutsidePage(pdf)).toEqual([]);
  });

  it('breaks Chinese lines between characters, never with a hyphen, and never before closing punctuation', async () => {
    const note = '大区经理同意在春季周期之前为重点客户制定不同的拜访计划，并且每个季度复查一次。'.repeat(30);
    const pdf = await readPdf(await renderPlan(fullPlan({ notes: { 'readiness.objective': note } })));
    const lines = pdf.pages
      .flatMap((p) => p.items.map((i) => i.str))
      .filter((s) => s.includes('大区') || s.includes('复查'));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line.endsWith('-'), line).toBe(false);
      expect(/^[，。]/.test(line), line).toBe(false);
    }
  });

  it('renders Korean as Korean with the Korean font, without the Chinese font', async () => {
    const pdf = await renderScript(
      '한국제약 영업본부',
      '지역 관리자들은 봄 주기 전에 핵심 고객을 위한 방문 계획을 세우기로 합의했습니다.',
      ['NotoSansKR-Regular'],
    );
    expect(rawText(pdf)).not.toContain('NotoSansHans');
  });

  it('loads the Chinese font afresh after a render failed to read it, instead of failing every render after', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sp-cjk-'));
    const fonts = { ...nodeFontSources(), cjk: join(folder, 'NotoSansHans-Regular.otf') };
    const content = realContent();
    const render = () =>
      renderPlanPdfBuffer(fullPlan({ organisation: '客户细分计划' }), {
        brand: content.brand,
        fonts,
      });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(render()).rejects.toThrow();
      copyFileSync(nodeFontSources().cjk, fonts.cjk);
      const pdf = await readPdf(new Uint8Array(await render()));
      expect(pdf.pages[0]?.text).toContain('客户细分计划');
    } finally {
      error.mockRestore();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps the cover to one page and the running header to one line with Chinese names at their longest', async () => {
    const content = realContent();
    const document = answersDocument(content, { organisation: '北风医药集团有限公司'.repeat(20) });
    document.meta = { ...document.meta, respondent: '欧阳'.repeat(100), role: '销售副总裁'.repeat(40) };
    const pdf = await readPdf(await renderPlan(buildPlan(content, document)));
    expect(itemsOutsidePage(pdf)).toEqual([]);
    // The contents follow on page 2, so nothing of the cover moved onto another page.
    expect(pdf.outline.slice(0, 2)).toEqual(['Cover', 'Contents']);
    expect(pdf.pages[1]?.text).toContain('Contents');
    expect(pdf.pages[1]?.text).not.toContain('Prepared for');
    expect(squash(pdf.pages[0]?.text ?? '')).toContain(squash('欧阳'.repeat(100)));
    const page = pdf.pages[3];
    const header = page?.items.filter((i) => i.y > (page.height || 0) - 60) ?? [];
    expect(header.map((i) => i.str).join('')).toContain('…');
    expect(new Set(header.map((i) => i.y.toFixed(0)))).toHaveLength(1);
  });

  it('keeps the organisation in mixed scripts: Chinese with accented Latin', async () => {
    const organisation = 'Ærø Médical 客户细分';
    const pdf = await readPdf(await renderPlan(fullPlan({ organisation })));
    expect(squash(pdf.pages[0]?.text ?? '')).toContain(squash(organisation));
  });
});
