import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h, type ReactNode } from 'react';
import type { RenderContext } from '../render-context.ts';
import { INK, RULE, textSize } from '../theme.ts';

const styles = StyleSheet.create({
  table: { marginTop: 4, marginBottom: 10 },
  headRow: { flexDirection: 'row' },
  headCell: {
    paddingVertical: 5,
    paddingHorizontal: 5,
    ...textSize(7.5),
    fontWeight: 700,
    textTransform: 'uppercase',
    letterSpacing: 0.3,
    color: INK,
  },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: RULE },
  cell: { paddingVertical: 5, paddingHorizontal: 5, fontSize: 8.5 },
  textCell: { paddingVertical: 5, paddingHorizontal: 5, ...textSize(8.5, 1.4) },
});

/** The table's own styles, for a table drawn another way (the communication cascade). */
export const tableStyles = styles;

export interface Column {
  readonly title: string;
  /** Share of the table's width, as a percentage string such as `"30%"`. */
  readonly width: string;
  /** How the heading sits in its column; left when not given. */
  readonly align?: 'left' | 'center';
}

export interface TableProps {
  readonly ctx: RenderContext;
  readonly columns: readonly Column[];
  /** One array of cells per row; a string cell becomes text, anything else is placed as it is. */
  readonly rows: readonly (readonly ReactNode[])[];
  /**
   * Keep each row on one page. Right for rows of bounded, catalogue-written text; rows that
   * hold free text from the respondent must be allowed to break, or a long note would overflow.
   */
  readonly keepRowsTogether?: boolean;
}

/**
 * The tinted header row of a table, kept with the first rows (`minPresenceAhead`) and repeated at
 * the top of every page the table continues onto (`fixed`), so a continued table still says what
 * each column holds.
 */
export function TableHead({ ctx, columns }: { readonly ctx: RenderContext; readonly columns: readonly Column[] }) {
  return h(
    View,
    {
      style: [styles.headRow, { backgroundColor: ctx.theme.accentTint }],
      minPresenceAhead: 48,
      wrap: false,
      fixed: true,
    },
    columns.map((c, i) =>
      h(Text, { key: i, style: [styles.headCell, { width: c.width, textAlign: c.align ?? 'left' }] }, c.title),
    ),
  );
}

/** The style of body row `r` (from 0): a rule below, and every other row tinted. */
export function rowStyle(ctx: RenderContext, r: number) {
  return [styles.row, r % 2 === 1 ? { backgroundColor: ctx.theme.accentWash } : {}];
}

/**
 * A table built from rows of cells. The header is kept with the first rows and repeated on each page,
 * and rows alternate with a pale tint so a row stays easy to follow across a page break.
 */
export function Table({ ctx, columns, rows, keepRowsTogether = true }: TableProps) {
  const cell = (content: ReactNode, i: number) => {
    const width = columns[i]?.width ?? 'auto';
    return typeof content === 'string' || typeof content === 'number'
      ? h(Text, { key: i, style: [styles.textCell, { width }] }, content)
      : h(View, { key: i, style: [styles.cell, { width }] }, content);
  };
  return h(
    View,
    { style: styles.table },
    h(TableHead, { ctx, columns }),
    rows.map((row, r) => h(View, { key: r, style: rowStyle(ctx, r), wrap: !keepRowsTogether }, row.map(cell))),
  );
}
