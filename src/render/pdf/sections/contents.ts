import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { SectionPage } from '../parts/page-frame.ts';
import type { RenderContext } from '../render-context.ts';
import { INK, MUTED, RULE, textSize } from '../theme.ts';

const styles = StyleSheet.create({
  title: { ...textSize(22), fontWeight: 700, marginBottom: 6, color: INK },
  bar: { width: 36, height: 3, marginBottom: 22 },
  row: {
    flexDirection: 'row',
    alignItems: 'flex-end',
    paddingVertical: 9,
    borderBottomWidth: 0.5,
    borderBottomColor: RULE,
  },
  number: { width: 34, ...textSize(10), fontWeight: 700 },
  entry: { flex: 1 },
  entryTitle: { ...textSize(12), fontWeight: 700 },
  entryLead: { ...textSize(8.5), color: MUTED, marginTop: 1 },
  page: { width: 44, textAlign: 'right', fontSize: 11, fontWeight: 700 },
});

/** A line of the contents. */
export interface ContentsEntry {
  readonly id: string;
  readonly title: string;
  readonly lead: string;
}

/**
 * The contents. Page numbers are render props. react-pdf paginates twice when a page has a
 * layout (every section page does, for its footer's page total): each section heading records
 * where it landed in the first round, and the contents prints those pages in the second.
 */
export function Contents({
  ctx,
  entries,
}: {
  readonly ctx: RenderContext;
  readonly entries: readonly ContentsEntry[];
}) {
  return h(
    SectionPage,
    { ctx, title: 'Contents' },
    h(Text, { style: styles.title }, 'Contents'),
    h(View, { style: [styles.bar, { backgroundColor: ctx.theme.accent }] }),
    entries.map((entry, i) =>
      h(
        View,
        { key: entry.id, style: styles.row, wrap: false },
        h(Text, { style: [styles.number, { color: ctx.theme.accentInk }] }, String(i + 1).padStart(2, '0')),
        h(
          View,
          { style: styles.entry },
          h(Text, { style: styles.entryTitle }, entry.title),
          h(Text, { style: styles.entryLead }, entry.lead),
        ),
        h(Text, {
          style: [styles.page, { color: ctx.theme.accentInk }],
          render: () => String(ctx.sectionPages.get(entry.id) ?? ''),
        }),
      ),
    ),
  );
}
