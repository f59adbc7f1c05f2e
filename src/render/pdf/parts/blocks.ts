import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h, type ReactNode } from 'react';
import { capitalise } from '../../../present/format.ts';
import type { RenderContext } from '../render-context.ts';
import { INK, MUTED, PAPER_TINT, RISK_COLOURS, textSize } from '../theme.ts';

const styles = StyleSheet.create({
  paragraph: { ...textSize(9.5), marginBottom: 6 },
  muted: { color: MUTED },
  small: { ...textSize(8), color: MUTED },
  item: { flexDirection: 'row', marginBottom: 3 },
  number: { width: 16, fontWeight: 700 },
  itemText: { flex: 1, ...textSize(9.5, 1.4) },
  compactText: { flex: 1, ...textSize(8.5, 1.4) },
  bulletItem: { marginBottom: 3 },
  box: { width: 8, height: 8, borderWidth: 0.8, borderColor: INK, marginTop: 2.5, marginRight: 7 },
  badge: {
    ...textSize(7),
    fontWeight: 700,
    color: '#ffffff',
    paddingHorizontal: 4,
    paddingTop: 1.5,
    paddingBottom: 0.5,
    borderRadius: 2,
    textTransform: 'uppercase',
    letterSpacing: 0.3,
  },
  badgeWrap: { flexDirection: 'row' },
  callout: { padding: 10, marginVertical: 6, borderLeftWidth: 3, backgroundColor: PAPER_TINT },
  label: {
    ...textSize(7.5),
    fontWeight: 700,
    color: MUTED,
    textTransform: 'uppercase',
    letterSpacing: 0.3,
    marginBottom: 2,
  },
});

/** A paragraph of body text. */
export function Paragraph({ children, muted = false }: { readonly children?: ReactNode; readonly muted?: boolean }) {
  return h(Text, { style: muted ? [styles.paragraph, styles.muted] : styles.paragraph }, children);
}

/** Small grey text: sources of a figure, the status of an answer. */
export function SmallPrint({ children }: { readonly children?: ReactNode }) {
  return h(Text, { style: styles.small }, children);
}

/**
 * "Sources: [S5] [S12]": the sources cited by the guide article behind a finding, method, system or
 * phase, as the appendix lists them. Nothing when the article cites none or they are not known.
 */
export function Citations({ sources }: { readonly sources: readonly string[] }) {
  return sources.length === 0 ? null : h(SmallPrint, null, `Sources: ${sources.map((id) => `[${id}]`).join(' ')}`);
}

/** A small uppercase label above a value or a list. */
export function Label({ children }: { readonly children?: string }) {
  return h(Text, { style: styles.label, minPresenceAhead: 24 }, children);
}

export interface ListProps {
  readonly items: readonly ReactNode[];
  /** Smaller text, for lists inside table cells. */
  readonly compact?: boolean;
}

/** The bullet, two no-break spaces, and the hanging indent (in ems) that lines wrapped lines up with the text. */
const BULLET = '•\u00a0\u00a0';
const BULLET_EMS = 0.9;

/**
 * A bulleted list. Each item is a single text with a hanging indent rather than a row of two
 * boxes: the layout cost of a react-pdf document grows with its node count, and lists are most of it.
 */
export function BulletList({ items, compact = false }: ListProps) {
  const size = compact ? 8.5 : 9.5;
  const hang = size * BULLET_EMS;
  const style = [textSize(size, 1.4), styles.bulletItem, { paddingLeft: hang, textIndent: -hang }];
  return h(
    View,
    null,
    items.map((item, i) => h(Text, { key: i, style }, BULLET, item)),
  );
}

/** A list whose items each sit in a row beside a marker (a number, a check box). */
function MarkedList({
  items,
  compact = false,
  marker,
  keepItemsWhole = false,
}: ListProps & { readonly marker: (index: number) => ReactNode; readonly keepItemsWhole?: boolean }) {
  const text = compact ? styles.compactText : styles.itemText;
  return h(
    View,
    null,
    items.map((item, i) =>
      h(
        View,
        { key: i, style: styles.item, ...(keepItemsWhole ? { wrap: false } : {}) },
        marker(i),
        h(Text, { style: text }, item),
      ),
    ),
  );
}

/** A numbered list, for steps in order. */
export function NumberedList({ items, compact = false }: ListProps) {
  return h(MarkedList, { items, compact, marker: (i) => h(Text, { style: styles.number }, `${i + 1}.`) });
}

/** A list with empty check boxes to tick on paper. Items are short catalogue text, kept whole. */
export function Checklist({ items, compact = false }: ListProps) {
  const box = compact ? [styles.box, { marginTop: 2 }] : styles.box;
  return h(MarkedList, { items, compact, keepItemsWhole: true, marker: () => h(View, { style: box }) });
}

/** A coloured level badge: high, medium, low or none. */
export function LevelBadge({ level }: { readonly level: string }) {
  return h(
    View,
    { style: styles.badgeWrap },
    h(Text, { style: [styles.badge, { backgroundColor: RISK_COLOURS[level] ?? MUTED }] }, capitalise(level)),
  );
}

/** A tinted call-out with an accent rule, for the point to remember. */
export function Callout({ ctx, children }: { readonly ctx: RenderContext; readonly children?: ReactNode }) {
  return h(View, { style: [styles.callout, { borderLeftColor: ctx.theme.accent }] }, children);
}
