import { answerMisfit } from '../engine/answers/answer-fit.ts';
import { prepareQuestions } from '../engine/prepare.ts';
import type { AnswerValue } from '../schema/answer-value.ts';
import type { AnswersDocument } from '../schema/answers.ts';
import type { QuestionnaireContent } from '../schema/content-bundle.ts';
import { answerText } from './answer-text.ts';

/** The header row: one row per question follows, in questionnaire order. */
export const CSV_COLUMNS = ['Section', 'Question id', 'Question', 'Answer', 'Note'] as const;
/** The byte-order mark that makes spreadsheet programs read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';
/** Where answers to question ids the content no longer has are listed, so nothing is lost in the export. */
export const UNKNOWN_SECTION = 'Not in this version of the questionnaire';

/**
 * A spreadsheet would run a cell starting with one of these as a formula (CSV injection), e.g.
 * `=HYPERLINK(...)` typed into a note. A leading apostrophe makes it plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, safe from formula injection and quoted per RFC 4180 when it needs to be. */
export function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (cells: readonly string[]): string => cells.map(csvCell).join(',');

/**
 * The answers as CSV for a spreadsheet: one row per question with its section, id, prompt,
 * answer labels (several joined by "; ") and note; then any answers or notes under ids the
 * content does not know, with the raw value. RFC 4180: comma-separated, CRLF line ends, fields
 * quoted when they hold a comma, quote or line break. With `bom`, the text starts with a byte-order
 * mark so that Excel reads accents and Chinese correctly.
 */
export function answersToCsv(
  content: QuestionnaireContent,
  doc: AnswersDocument,
  options: { bom?: boolean } = {},
): string {
  const { questions, questionById } = prepareQuestions(content);
  const lines = [row(CSV_COLUMNS)];
  for (const { question, section } of questions) {
    const value = Object.hasOwn(doc.answers, question.id) ? doc.answers[question.id] : undefined;
    const note = Object.hasOwn(doc.notes, question.id) ? (doc.notes[question.id] ?? '') : '';
    lines.push(row([section.title, question.id, question.prompt, answerCell(question, value), note]));
  }
  const unknownIds = [...new Set([...Object.keys(doc.answers), ...Object.keys(doc.notes)])].filter(
    (id) => !questionById.has(id),
  );
  for (const id of unknownIds.sort()) {
    const value = Object.hasOwn(doc.answers, id) ? doc.answers[id] : undefined;
    const raw = value === undefined || value === null ? '' : JSON.stringify(value);
    lines.push(row([UNKNOWN_SECTION, id, '', raw, Object.hasOwn(doc.notes, id) ? (doc.notes[id] ?? '') : '']));
  }
  return `${options.bom === true ? CSV_BOM : ''}${lines.join('\r\n')}\r\n`;
}

function answerCell(question: Parameters<typeof answerText>[0], value: AnswerValue | null | undefined): string {
  if (value === undefined || value === null) return '';
  const misfit = answerMisfit(question, value);
  if (misfit !== null) return `${JSON.stringify(value)} (does not fit this question: ${misfit})`;
  return answerText(question, value).join('; ');
}
