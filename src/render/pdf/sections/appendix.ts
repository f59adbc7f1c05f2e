import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { OPEN_STATUS_LABELS, openQuestionProblem } from '../../../present/plan-text.ts';
import type { AnswerSheetEntry } from '../../../schema/plan/index.ts';
import { BulletList, Paragraph, SmallPrint } from '../parts/blocks.ts';
import { quotedAnswer } from '../parts/evidence.ts';
import { SubHeading } from '../parts/heading.ts';
import { NumberedSection } from '../parts/page-frame.ts';
import { Table } from '../parts/table.ts';
import type { RenderContext } from '../render-context.ts';
import { INK, MUTED, PAPER_TINT, RULE, textSize } from '../theme.ts';
import type { SectionInfo } from './section-info.ts';

const styles = StyleSheet.create({
  entry: { paddingVertical: 5, borderBottomWidth: 0.5, borderBottomColor: RULE },
  prompt: { ...textSize(8.5, 1.4), color: MUTED },
  answer: { ...textSize(9.5, 1.45), color: INK },
  unanswered: { ...textSize(9.5, 1.45), color: MUTED },
  note: { marginTop: 3, padding: 6, backgroundColor: PAPER_TINT },
  noteLabel: { ...textSize(7.5, 1.3), fontWeight: 700, color: MUTED, textTransform: 'uppercase' },
  noteText: { ...textSize(9, 1.45), color: INK },
  source: { flexDirection: 'row', marginBottom: 4 },
  sourceId: { width: 34, ...textSize(8.5, 1.4), fontWeight: 700 },
  sourceText: { flex: 1, ...textSize(8.5, 1.4) },
  cellText: { ...textSize(8.5, 1.4) },
});

/** Citations are written in Markdown; the PDF has no italic face, so emphasis marks are dropped. */
const plainCitation = (text: string): string => text.replace(/\*([^*]+)\*/g, '$1');

function answerText(entry: AnswerSheetEntry): string {
  if (entry.status === 'unanswered') return 'Not answered';
  if (entry.status === 'hidden')
    return `${quotedAnswer(entry)} (not used: the question does not apply given earlier answers)`;
  return quotedAnswer(entry);
}

/**
 * One answer with its note. It may break across pages, so a long note (up to 20,000 characters)
 * flows on instead of overflowing; the prompt is kept with the start of the answer.
 */
function Entry({ entry }: { readonly entry: AnswerSheetEntry }) {
  return h(
    View,
    { style: styles.entry },
    h(Text, { style: styles.prompt, minPresenceAhead: 24 }, entry.prompt),
    h(Text, { style: entry.status === 'unanswered' ? styles.unanswered : styles.answer }, answerText(entry)),
    entry.note === null || entry.note.trim() === ''
      ? null
      : h(
          View,
          { style: styles.note },
          h(Text, { style: styles.noteLabel, minPresenceAhead: 24 }, 'Note'),
          h(Text, { style: styles.noteText }, entry.note),
        ),
  );
}

/** The answers grouped by questionnaire section, in flow order. */
function groupBySection(entries: readonly AnswerSheetEntry[]): { title: string; entries: AnswerSheetEntry[] }[] {
  const groups: { title: string; entries: AnswerSheetEntry[] }[] = [];
  for (const e of entries) {
    const last = groups.at(-1);
    if (last?.title === e.sectionTitle) last.entries.push(e);
    else groups.push({ title: e.sectionTitle, entries: [e] });
  }
  return groups;
}

/**
 * The appendix: the open questions first (what to settle next), then every answer and note by
 * questionnaire section, then the sources the plan cites.
 */
export function Appendix({ ctx, section }: { readonly ctx: RenderContext; readonly section: SectionInfo }) {
  const { answerSheet, openQuestions, confidence, setAside, notices } = ctx.plan;
  // The sources beside this plan's findings, methods, systems, phases and signs, in the list's order.
  const listed = ctx.plan.sources;
  return h(
    NumberedSection,
    {
      ctx,
      section,
      lead: 'The record behind the plan: what is still open, every answer and note as given, and the sources this plan cites.',
    },
    h(SubHeading, { ctx }, 'Open questions'),
    h(Paragraph, { muted: true }, confidence.statement),
    openQuestions.length === 0
      ? h(Paragraph, null, 'None: every question the plan reads has a usable answer.')
      : h(Table, {
          ctx,
          columns: [
            { title: 'Question', width: '44%' },
            { title: 'Status', width: '16%' },
            { title: 'Used by', width: '16%' },
            { title: 'Assumed meanwhile', width: '24%' },
          ],
          rows: openQuestions.map((q) => [
            h(
              View,
              null,
              h(Text, { style: styles.cellText }, q.prompt),
              h(SmallPrint, null, `${q.sectionTitle}${q.required ? ' · required' : ''}`),
            ),
            h(
              View,
              null,
              h(Text, { style: styles.cellText }, OPEN_STATUS_LABELS[q.status]),
              ...[openQuestionProblem(q)].flatMap((p) => (p === null ? [] : [h(SmallPrint, null, p)])),
            ),
            q.usedBy.join(', '),
            q.assumption ?? '–',
          ]),
        }),
    notices.length === 0 && setAside.length === 0
      ? null
      : h(
          View,
          null,
          h(SubHeading, { ctx }, 'Notices'),
          h(BulletList, {
            items: [
              ...notices,
              ...setAside.map(
                (s) => `${s.part === 'note' ? 'Note' : 'Answer'} “${s.key}” set aside: ${s.reason}. Value: ${s.value}`,
              ),
            ],
          }),
        ),
    groupBySection(answerSheet).map((g) =>
      h(
        View,
        { key: g.title },
        h(SubHeading, { ctx }, `Answers and notes: ${g.title}`),
        g.entries.map((e) => h(Entry, { key: e.questionId, entry: e })),
      ),
    ),
    h(SubHeading, { ctx }, 'Sources cited in this plan'),
    listed.length === 0
      ? h(Paragraph, { muted: true }, 'No sources listed.')
      : listed.map((s) =>
          h(
            View,
            { key: s.id, style: styles.source, wrap: false },
            h(Text, { style: styles.sourceId }, s.id),
            h(
              Text,
              { style: styles.sourceText },
              s.location === undefined ? plainCitation(s.citation) : `${plainCitation(s.citation)}. ${s.location}`,
            ),
          ),
        ),
  );
}
