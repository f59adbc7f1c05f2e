import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import type { RenderContext } from '../render-context.ts';
import type { SectionInfo } from '../sections/section-info.ts';
import { INK, MUTED, textSize } from '../theme.ts';

const styles = StyleSheet.create({
  block: { marginBottom: 18 },
  kicker: { fontSize: 8, fontWeight: 700, letterSpacing: 0.3, textTransform: 'uppercase', marginBottom: 4 },
  title: { ...textSize(22, 1.2), fontWeight: 700, color: INK },
  bar: { width: 36, height: 3, marginTop: 8, marginBottom: 10 },
  lead: { ...textSize(10.5, 1.5), color: MUTED },
  h2: { ...textSize(13, 1.3), fontWeight: 700, marginTop: 16, marginBottom: 6 },
  h3: { ...textSize(10.5, 1.35), fontWeight: 700, marginTop: 10, marginBottom: 3, color: INK },
});

export interface SectionHeadingProps {
  readonly ctx: RenderContext;
  /** The section as the contents lists it: its id, number and title. */
  readonly section: Pick<SectionInfo, 'id' | 'number' | 'title'>;
  /** The line under the heading, about this plan (the contents keeps its own, fixed line). */
  readonly lead?: string | undefined;
}

/**
 * The opening of a section. Its kicker is a render prop so that, while react-pdf paginates,
 * it records the page the section starts on for the contents page.
 */
export function SectionHeading({ ctx, section, lead }: SectionHeadingProps) {
  const { id, number, title } = section;
  return h(
    View,
    { style: styles.block, minPresenceAhead: 120 },
    h(Text, {
      style: [styles.kicker, { color: ctx.theme.accentInk }],
      render: ({ pageNumber }) => {
        ctx.sectionPages.set(id, pageNumber);
        return `Section ${String(number).padStart(2, '0')}`;
      },
    }),
    h(Text, { style: styles.title }, title),
    h(View, { style: [styles.bar, { backgroundColor: ctx.theme.accent }] }),
    lead === undefined ? null : h(Text, { style: styles.lead }, lead),
  );
}

/** A sub-heading inside a section; kept with the content that follows it. */
export function SubHeading({ ctx, children }: { readonly ctx: RenderContext; readonly children?: string }) {
  return h(Text, { style: [styles.h2, { color: ctx.theme.accentInk }], minPresenceAhead: 60 }, children);
}

/** A third-level heading, e.g. one finding or one phase. */
export function MinorHeading({ children }: { readonly children?: string }) {
  return h(Text, { style: styles.h3, minPresenceAhead: 40 }, children);
}
