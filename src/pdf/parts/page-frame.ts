import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h, type ReactNode } from 'react';
import { INK, MUTED, PAGE, RULE } from '../theme.ts';
import type { RenderContext } from '../render-context.ts';

/**
 * Where the footer starts: 30 pt above the bottom edge of A4 (841.89 pt high). No line heights in
 * the header and footer: they are laid out late (see `textSize` in theme.ts).
 */
const FOOTER_TOP = 841.89 - 30 - 18;

const styles = StyleSheet.create({
  page: {
    paddingTop: PAGE.marginTop,
    paddingBottom: PAGE.marginBottom,
    paddingHorizontal: PAGE.marginX,
    fontSize: 9.5,
    color: INK,
  },
  header: {
    position: 'absolute',
    top: 30,
    left: PAGE.marginX,
    right: PAGE.marginX,
    flexDirection: 'row',
    justifyContent: 'space-between',
    paddingBottom: 6,
    borderBottomWidth: 0.5,
    borderBottomColor: RULE,
    fontSize: 7.5,
    color: MUTED,
  },
  headerLeft: { maxWidth: '48%' },
  headerRight: { maxWidth: '50%', textAlign: 'right' },
  footer: {
    position: 'absolute',
    top: FOOTER_TOP,
    left: PAGE.marginX,
    right: PAGE.marginX,
    flexDirection: 'row',
    justifyContent: 'space-between',
    paddingTop: 6,
    borderTopWidth: 0.5,
    borderTopColor: RULE,
    fontSize: 7.5,
    color: MUTED,
  },
  footerLeft: { maxWidth: '70%' },
  footerRight: { width: 90, textAlign: 'right' },
});

/** Longest organisation name the header shows in full; a longer one would wrap into the page body. */
const HEADER_NAME_MAX = 56;
const headerName = (name: string): string =>
  name.length > HEADER_NAME_MAX ? `${name.slice(0, HEADER_NAME_MAX - 1).trimEnd()}…` : name;

export interface SectionPageProps {
  readonly ctx: RenderContext;
  /** The section's title: the footer and the outline (bookmark) show it. */
  readonly title: string;
  /**
   * A later part of a section that starts on a fresh page: no outline entry of its own. Long
   * sections are split into parts because react-pdf lays out each page's remaining content again
   * at every page break, so the cost of a part grows with the square of its length.
   */
  readonly continued?: boolean;
  readonly children?: ReactNode;
}

/**
 * One section: a page that wraps onto as many pages as the content needs, with the running
 * header and footer repeated on each (`fixed`), and a bookmark in the PDF outline.
 */
export function SectionPage({ ctx, title, continued = false, children }: SectionPageProps) {
  return h(
    Page,
    {
      size: 'A4',
      style: [styles.page, { fontFamily: ctx.fontFamily }],
      ...(continued ? {} : { bookmark: { title, fit: true } }),
    },
    h(
      View,
      { style: styles.header, fixed: true },
      h(Text, { style: styles.headerLeft }, `${ctx.brand.name} · Customer segmentation plan`),
      h(Text, { style: styles.headerRight }, headerName(ctx.organisation)),
    ),
    children,
    h(
      View,
      { style: styles.footer, fixed: true },
      h(Text, { style: styles.footerLeft }, title),
      h(Text, {
        style: styles.footerRight,
        render: ({ pageNumber, totalPages }) => `page ${pageNumber} of ${totalPages}`,
      }),
    ),
  );
}
