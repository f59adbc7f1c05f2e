import { Page, StyleSheet, Text, View, type PageLayoutProps } from '@react-pdf/renderer';
import { createElement as h, type ReactNode } from 'react';
import { INK, MUTED, PAGE, RULE } from '../theme.ts';
import type { RenderContext } from '../render-context.ts';
import type { SectionInfo } from '../sections/section-info.ts';
import { SectionHeading } from './heading.ts';
import { clipToWidth } from '../text-width.ts';

/** Where the header and footer sit: this far in from the top and bottom edges of the page. */
const FURNITURE_INSET = 30;
/**
 * The height of the header and of the footer, so the body starts and ends at the page margins: one
 * 7.5 pt Latin line (about 10.2 pt), 6 pt of padding and the rule fit. A minimum, not a fixed
 * height: react-pdf drops text lines that do not fit their box, and a CJK line is taller.
 * No line heights here: the header and footer are laid out late (see `textSize` in theme.ts).
 */
const FURNITURE_HEIGHT = 17;

const styles = StyleSheet.create({
  page: {
    paddingTop: FURNITURE_INSET,
    paddingBottom: FURNITURE_INSET,
    paddingHorizontal: PAGE.marginX,
    fontSize: 9.5,
    color: INK,
  },
  header: {
    minHeight: FURNITURE_HEIGHT,
    flexDirection: 'row',
    justifyContent: 'space-between',
    paddingBottom: 6,
    marginBottom: PAGE.marginTop - FURNITURE_INSET - FURNITURE_HEIGHT,
    borderBottomWidth: 0.5,
    borderBottomColor: RULE,
    fontSize: 7.5,
    color: MUTED,
  },
  headerLeft: { maxWidth: '48%' },
  headerRight: { maxWidth: '50%', textAlign: 'right' },
  footer: {
    minHeight: FURNITURE_HEIGHT,
    flexDirection: 'row',
    justifyContent: 'space-between',
    paddingTop: 6,
    // Pushed to the foot of the page even when the content ends high (the auto margin takes the
    // free space), never nearer the content than the page margin allows.
    marginTop: 'auto',
    borderTopWidth: 0.5,
    borderTopColor: RULE,
    fontSize: 7.5,
    color: MUTED,
  },
  footerGap: { height: PAGE.marginBottom - FURNITURE_INSET - FURNITURE_HEIGHT },
  footerLeft: { maxWidth: '70%' },
  footerRight: { width: 90, textAlign: 'right' },
});

/**
 * The widest organisation name the header shows in full, in Latin characters (a Chinese character
 * counts two); a wider one would wrap into the page body.
 */
const HEADER_NAME_MAX = 56;
const headerName = (name: string): string => clipToWidth(name, HEADER_NAME_MAX);

export interface SectionPageProps {
  readonly ctx: RenderContext;
  /** The section's title: the footer and the outline (bookmark) show it. */
  readonly title: string;
  readonly children?: ReactNode;
}

/**
 * One section: a page that flows onto as many pages as the content needs. The page `layout` is the
 * template for every page it produces: the running header, the content, and the footer with
 * "page X of Y". A layout switches react-pdf to its newer pagination engine, which measures the
 * content once and packs it into pages (the older one laid out the rest of a section again at
 * every page break).
 */
export function SectionPage({ ctx, title, children }: SectionPageProps) {
  const header = `${ctx.brand.name} · Customer segmentation plan`;
  const organisation = headerName(ctx.organisation);
  return h(
    Page,
    {
      size: 'A4',
      style: [styles.page, { fontFamily: ctx.fontFamily }],
      bookmark: { title, fit: true },
      layout: ({ pageNumber, totalPages, children: content }: PageLayoutProps) => [
        h(
          View,
          { key: 'header', style: styles.header },
          h(Text, { style: styles.headerLeft }, header),
          h(Text, { style: styles.headerRight }, organisation),
        ),
        content,
        h(View, { key: 'gap', style: styles.footerGap }),
        h(
          View,
          { key: 'footer', style: styles.footer },
          h(Text, { style: styles.footerLeft }, title),
          h(Text, { style: styles.footerRight }, `page ${pageNumber ?? ''} of ${totalPages ?? ''}`),
        ),
      ],
    },
    children,
  );
}

export interface NumberedSectionProps {
  readonly ctx: RenderContext;
  /** The section as the contents lists it: its heading, its footer and its outline entry use it. */
  readonly section: Pick<SectionInfo, 'id' | 'number' | 'title'>;
  /** The line under the heading, about this plan. */
  readonly lead?: string | undefined;
  readonly children?: ReactNode;
}

/** A numbered section of the plan: its page, opened by the section heading. */
export function NumberedSection({ ctx, section, lead, children }: NumberedSectionProps) {
  return h(SectionPage, { ctx, title: section.title }, h(SectionHeading, { ctx, section, lead }), children);
}
