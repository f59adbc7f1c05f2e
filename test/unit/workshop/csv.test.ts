import { describe, expect, it } from 'vitest';
import type { AnswersDocument } from '../../../src/schema/answers.ts';
import { answersToCsv, csvCell } from '../../../src/workshop/csv.ts';
import { answersDoc, SYNTHETIC } from '../engine/support/synthetic-content.ts';

/** A strict RFC 4180 reader, written independently of the code under test. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else if (ch === '\n' || ch === '"') throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    else cell += ch;
  }
  if (quoted) throw new Error('unterminated quote');
  return rows;
}

const rowFor = (rows: string[][], id: string) => rows.find((r) => r[1] === id);

describe('the CSV export', () => {
  it('has a header and one row per question, in questionnaire order, with CRLF line ends', () => {
    const csv = answersToCsv(SYNTHETIC, answersDoc({}));
    const rows = readCsv(csv);
    expect(rows[0]).toEqual(['Section', 'Question id', 'Question', 'Answer', 'Note']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(SYNTHETIC.sections.flatMap((s) => s.questions.map((q) => q.id)));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes answers as the respondent saw them: labels, numbers with units, "Don\'t know"', () => {
    const rows = readCsv(
      answersToCsv(
        SYNTHETIC,
        answersDoc({
          'readiness.objective': 'written',
          'method.data': ['market-data', 'survey'],
          'segment-count.accounts': { dontKnow: true },
          'segment-count.reps': 1250,
        }),
      ),
    );
    expect(rowFor(rows, 'readiness.objective')?.slice(0, 4)).toEqual([
      'Readiness',
      'readiness.objective',
      'Is the goal written?',
      'Label written',
    ]);
    expect(rowFor(rows, 'method.data')?.[3]).toBe('Label market-data; Label survey');
    expect(rowFor(rows, 'segment-count.accounts')?.[3]).toBe("Don't know");
    expect(rowFor(rows, 'segment-count.reps')?.[3]).toBe('1,250 reps');
  });

  it('quotes commas, quotes and line breaks so that every cell reads back exactly', () => {
    const note = 'Owner: "Ops", not Sales;\r\nsee the\nminutes, page 2';
    const text = 'Revenue, "Ops" team';
    const rows = readCsv(
      answersToCsv(SYNTHETIC, answersDoc({ 'systems.crm-owner': text }, { notes: { 'systems.crm-owner': note } })),
    );
    expect(rowFor(rows, 'systems.crm-owner')?.slice(3)).toEqual([text, note]);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","Click")'],
    ['+1+cmd|" /C calc"!A0'],
    ['-2+3'],
    ['@SUM(A1:A9)'],
    ['\t=1+1'],
  ])('defuses a cell that a spreadsheet would run as a formula: %s', (formula) => {
    const rows = readCsv(
      answersToCsv(SYNTHETIC, answersDoc({ 'systems.crm-owner': formula }, { notes: { 'rollout.notes': formula } })),
    );
    expect(rowFor(rows, 'systems.crm-owner')?.[3]).toBe(`'${formula}`);
    expect(rowFor(rows, 'rollout.notes')?.[4]).toBe(`'${formula}`);
  });

  it('leaves ordinary text alone', () => {
    expect(csvCell('Sales operations')).toBe('Sales operations');
    expect(csvCell('A = B')).toBe('A = B');
    expect(csvCell('')).toBe('');
  });

  it('lists answers and notes under unknown question ids at the end rather than dropping them', () => {
    const doc: AnswersDocument = answersDoc({ 'retired.question': ['a', 'b'] }, { notes: { 'old.note': 'kept' } });
    const rows = readCsv(answersToCsv(SYNTHETIC, doc));
    expect(rows.slice(-2)).toEqual([
      ['Not in this version of the questionnaire', 'old.note', '', '', 'kept'],
      ['Not in this version of the questionnaire', 'retired.question', '', '["a","b"]', ''],
    ]);
  });

  it('marks a stored value that does not fit its question instead of mislabelling it', () => {
    const rows = readCsv(answersToCsv(SYNTHETIC, answersDoc({ 'segment-count.reps': 'many' })));
    expect(rowFor(rows, 'segment-count.reps')?.[3]).toMatch(/^"many" \(does not fit this question: expected a number/);
  });

  it('starts with a byte-order mark only when asked, for Excel', () => {
    expect(answersToCsv(SYNTHETIC, answersDoc({})).startsWith('\uFEFF')).toBe(false);
    expect(answersToCsv(SYNTHETIC, answersDoc({}), { bom: true }).startsWith('\uFEFFSection,')).toBe(true);
  });
});
