import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { segmentColour } from '../../../present/design.ts';
import { segmentShort } from '../../../present/design-text.ts';
import { formatRange } from '../../../present/format.ts';
import { methodFacts } from '../../../present/plan-text.ts';
import { Callout, LevelBadge, NumberedList, Paragraph, SmallPrint } from '../parts/blocks.ts';
import { SubHeading } from '../parts/heading.ts';
import { NumberedSection } from '../parts/page-frame.ts';
import type { RenderContext } from '../render-context.ts';
import { MUTED, RULE, textSize } from '../theme.ts';
import type { SectionInfo } from './section-info.ts';

const styles = StyleSheet.create({
  design: { paddingHorizontal: 12, paddingVertical: 9, borderTopWidth: 3, marginBottom: 6 },
  headline: { ...textSize(9.5, 1.4), fontWeight: 700, marginTop: 3 },
  segments: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 3 },
  segment: { flexDirection: 'row', alignItems: 'center', marginRight: 10, marginTop: 2 },
  swatch: { width: 7, height: 7, marginRight: 4 },
  segmentText: { ...textSize(8, 1.3) },
  cards: { flexDirection: 'row', marginBottom: 4 },
  card: { flex: 1, paddingHorizontal: 12, paddingVertical: 9, borderTopWidth: 3, marginRight: 10 },
  lastCard: { marginRight: 0 },
  cardLabel: { ...textSize(7.5), fontWeight: 700, color: MUTED, textTransform: 'uppercase', letterSpacing: 0.3 },
  figure: { ...textSize(22, 1.15), fontWeight: 700, marginTop: 4 },
  figureUnit: { ...textSize(10), fontWeight: 400, color: MUTED },
  cardText: { ...textSize(11, 1.3), fontWeight: 700, marginTop: 6 },
  cardNote: { ...textSize(8), color: MUTED, marginTop: 3 },
  risk: { flexDirection: 'row', paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: RULE },
  riskBadge: { width: 58, paddingTop: 1.5 },
  riskBody: { flex: 1 },
  riskTitle: { fontWeight: 700 },
  riskSummary: { ...textSize(8.5), color: MUTED },
});

/** The one-page view for an executive: the design first, then readiness, top risks, the method, the segment range and what to do next. */
export function Summary({ ctx, section }: { readonly ctx: RenderContext; readonly section: SectionInfo }) {
  const { summary, confidence, openQuestions, method, mistakeFindings, readiness, design } = ctx.plan;
  const base = design.layers.find((l) => l.kind === 'base');
  const recommended = method.ranking.find((m) => m.methodId === summary.recommendedMethod?.methodId);
  const range = formatRange(summary.segmentRange.min, summary.segmentRange.max);
  const card = (label: string, body: ReturnType<typeof h>[], last = false) =>
    h(
      View,
      {
        style: [
          styles.card,
          { borderTopColor: ctx.theme.accent, backgroundColor: ctx.theme.accentWash },
          last ? styles.lastCard : {},
        ],
      },
      h(Text, { style: styles.cardLabel }, label),
      ...body,
    );
  return h(
    NumberedSection,
    {
      ctx,
      section,
      lead: confidence.statement,
    },
    h(
      View,
      {
        style: [styles.design, { borderTopColor: ctx.theme.accent, backgroundColor: ctx.theme.accentWash }],
        wrap: false,
      },
      h(Text, { style: styles.cardLabel }, 'Segment design'),
      h(Text, { style: styles.headline }, design.headline),
      base === undefined || base.segments.length === 0
        ? null
        : h(
            View,
            { style: styles.segments },
            base.segments.map((s, i) =>
              h(
                View,
                { key: s.id, style: styles.segment },
                h(View, { style: [styles.swatch, { backgroundColor: segmentColour(i) }] }),
                h(Text, { style: styles.segmentText }, segmentShort(s)),
              ),
            ),
          ),
    ),
    h(
      View,
      { style: styles.cards, wrap: false },
      card(
        'Readiness',
        summary.readinessScore === null
          ? [
              h(Text, { key: 'none', style: styles.cardText }, 'Not scored yet'),
              h(Text, { key: 'why', style: styles.cardNote }, 'More answers are needed: see the open questions'),
            ]
          : [
              h(
                Text,
                { key: 'score', style: styles.figure },
                String(summary.readinessScore),
                h(Text, { style: styles.figureUnit }, ' / 100'),
              ),
              h(Text, { key: 'level', style: styles.cardNote }, readiness.verdict),
            ],
      ),
      card('Recommended method', [
        h(Text, { style: styles.cardText }, summary.recommendedMethod?.title ?? 'None: every method is blocked'),
        h(Text, { style: styles.cardNote }, recommended === undefined ? '' : methodFacts(recommended)),
      ]),
      card(
        'Segments',
        [
          h(
            Text,
            { style: styles.figure },
            range,
            h(Text, { style: styles.figureUnit }, summary.segmentRange.max === 1 ? ' segment' : ' segments'),
          ),
          h(Text, { style: styles.cardNote }, 'Recommended range'),
        ],
        true,
      ),
    ),
    readiness.level === null
      ? null
      : h(Callout, { ctx }, h(Paragraph, null, `${readiness.verdict}. ${readiness.level.meaning}`)),
    h(SubHeading, { ctx }, 'Top risks'),
    summary.topRisks.length === 0
      ? h(Paragraph, { muted: true }, 'No mistake in the library matches these answers.')
      : summary.topRisks.map((r) =>
          h(
            View,
            { key: r.mistakeId, style: styles.risk, wrap: false },
            h(View, { style: styles.riskBadge }, h(LevelBadge, { level: r.risk })),
            h(
              View,
              { style: styles.riskBody },
              h(Text, { style: styles.riskTitle }, r.title),
              h(
                Text,
                { style: styles.riskSummary },
                mistakeFindings.find((f) => f.mistakeId === r.mistakeId)?.summary ?? '',
              ),
            ),
          ),
        ),
    h(SubHeading, { ctx }, 'Next three actions'),
    summary.nextActions.length === 0
      ? h(Paragraph, { muted: true }, 'No action is due yet.')
      : h(NumberedList, { items: summary.nextActions }),
    openQuestions.length === 0
      ? null
      : h(
          SmallPrint,
          null,
          `${openQuestions.length} question${openQuestions.length === 1 ? ' is' : 's are'} still open; the appendix lists ${openQuestions.length === 1 ? 'it' : 'them'} with what the plan assumed.`,
        ),
  );
}
