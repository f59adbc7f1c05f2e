import { Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { countOf, formatDate } from '../../../present/format.ts';
import { missingQuestions } from '../../../present/plan-status.ts';
import type { RenderContext } from '../render-context.ts';
import { clipToWidth, displayWidth } from '../text-width.ts';
import { INK, MUTED, PAGE, RULE, textSize } from '../theme.ts';

const styles = StyleSheet.create({
  page: { color: INK, fontSize: 10 },
  band: { paddingTop: 64, paddingBottom: 44, paddingHorizontal: PAGE.marginX, minHeight: 330 },
  logo: { height: 30, objectFit: 'contain', alignSelf: 'flex-start', marginBottom: 24 },
  brand: {
    ...textSize(9),
    fontWeight: 700,
    letterSpacing: 0.3,
    textTransform: 'uppercase',
    color: '#ffffff',
    opacity: 0.85,
  },
  title: { ...textSize(34, 1.15), fontWeight: 700, color: '#ffffff', marginTop: 90 },
  edition: {
    ...textSize(11),
    fontWeight: 700,
    color: '#ffffff',
    borderWidth: 1,
    borderColor: '#ffffff',
    paddingVertical: 3,
    paddingHorizontal: 8,
    alignSelf: 'flex-start',
    marginTop: 60,
  },
  titleAfterEdition: { marginTop: 18 },
  organisation: { ...textSize(18, 1.3), color: '#ffffff', marginTop: 12 },
  organisationLong: { ...textSize(14, 1.3) },
  draft: {
    ...textSize(11, 1.3),
    fontWeight: 700,
    color: '#ffffff',
    marginTop: 18,
    paddingVertical: 4,
    paddingHorizontal: 8,
    borderWidth: 1.5,
    borderColor: '#ffffff',
    alignSelf: 'flex-start',
    letterSpacing: 0.3,
  },
  body: { paddingHorizontal: PAGE.marginX, paddingTop: 36 },
  row: { flexDirection: 'row', paddingVertical: 8, borderBottomWidth: 0.5, borderBottomColor: RULE },
  key: {
    width: 130,
    ...textSize(8),
    fontWeight: 700,
    color: MUTED,
    textTransform: 'uppercase',
    letterSpacing: 0.3,
    paddingTop: 1.5,
  },
  value: { flex: 1 },
  valueLong: { ...textSize(8.5) },
  note: {
    position: 'absolute',
    top: 842 - 40 - 24,
    left: PAGE.marginX,
    right: PAGE.marginX,
    ...textSize(8),
    color: MUTED,
  },
});

/**
 * How much text the cover takes at its full size, in Latin characters (a Chinese character counts
 * two, see text-width.ts). The cover is one page: longer text is set smaller, and the name in the
 * coloured band is shortened (the "Prepared for" row below gives it in full). With every field at
 * its longest (200 characters, Chinese or Latin), everything still fits the page.
 */
const BAND_NAME_FULL_SIZE = 100;
const BAND_NAME_MAX = 200;
const ROW_FULL_SIZE = 200;

/** The cover: title, organisation, date, and who answered. No running header or footer here. */
export function Cover({ ctx }: { readonly ctx: RenderContext }) {
  const { meta, confidence, contentVersion } = ctx.plan;
  const respondent = [meta.respondent, meta.role].filter((s) => s.trim() !== '').join(', ');
  // A plan whose required questions are not all answered is a draft, and its cover says so under the title.
  const missing = missingQuestions(ctx.plan).length;
  const rows: [string, string][] = [
    ['Prepared for', ctx.organisation],
    ['Date', formatDate(meta.date)],
    ['Respondents and roles', respondent === '' ? 'Not given' : respondent],
    ['Confidence', `${confidence.score} of 100 (${confidence.level})`],
  ];
  const { edition } = ctx;
  if (edition !== undefined) rows.unshift([edition.label, edition.note]);
  return h(
    Page,
    { size: 'A4', style: [styles.page, { fontFamily: ctx.fontFamily }], bookmark: { title: 'Cover', fit: true } },
    h(
      View,
      { style: [styles.band, { backgroundColor: ctx.theme.accentInk }] },
      ctx.brand.logo === undefined ? null : h(Image, { style: styles.logo, src: ctx.brand.logo }),
      h(Text, { style: styles.brand }, ctx.brand.name),
      edition === undefined ? null : h(Text, { style: styles.edition }, edition.label.toUpperCase()),
      h(
        Text,
        { style: [styles.title, edition === undefined ? {} : styles.titleAfterEdition] },
        'Customer segmentation plan',
      ),
      h(
        Text,
        {
          style: [
            styles.organisation,
            displayWidth(ctx.organisation) > BAND_NAME_FULL_SIZE ? styles.organisationLong : {},
          ],
        },
        clipToWidth(ctx.organisation, BAND_NAME_MAX),
      ),
      missing > 0
        ? h(
            Text,
            { style: styles.draft },
            `DRAFT: ${countOf(missing, 'required question')} unanswered. Not a plan to act on yet.`,
          )
        : null,
    ),
    h(
      View,
      { style: styles.body },
      rows.map(([key, value]) =>
        h(
          View,
          { key, style: styles.row },
          h(Text, { style: styles.key }, key),
          h(Text, { style: [styles.value, displayWidth(value) > ROW_FULL_SIZE ? styles.valueLong : {}] }, value),
        ),
      ),
    ),
    h(
      Text,
      { style: styles.note },
      `Built from the answers of ${formatDate(meta.date)} with content version ${contentVersion}. Every recommendation in this plan names the answers that led to it.`,
    ),
  );
}
