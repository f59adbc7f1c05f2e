import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import type { MethodFit, WhatWouldChange } from '../../../schema/plan/index.ts';
import { methodFacts, methodWeeks, recommendedMethod } from '../../../present/plan-text.ts';
import { Callout, Citations, Paragraph, SmallPrint } from '../parts/blocks.ts';
import { quotedAnswer } from '../parts/evidence.ts';
import { SubHeading } from '../parts/heading.ts';
import { NumberedSection } from '../parts/page-frame.ts';
import { Table } from '../parts/table.ts';
import type { RenderContext } from '../render-context.ts';
import { MUTED, RISK_COLOURS, RULE, textSize } from '../theme.ts';
import type { SectionInfo } from './section-info.ts';

const styles = StyleSheet.create({
  methodTitle: { ...textSize(9, 1.3), fontWeight: 700 },
  track: { height: 4, backgroundColor: RULE, marginTop: 3, marginBottom: 2 },
  fit: { ...textSize(11, 1.2), fontWeight: 700 },
  line: { ...textSize(8.5, 1.4), marginBottom: 2 },
  points: { fontWeight: 700 },
  blocked: { ...textSize(8.5, 1.4), color: RISK_COLOURS['high'] ?? '#b3261e', marginBottom: 2 },
  change: { marginBottom: 8, paddingBottom: 6, borderBottomWidth: 0.5, borderBottomColor: RULE },
  changeText: { ...textSize(9.5, 1.45) },
  from: { ...textSize(8.5, 1.4), color: MUTED },
});

function WhyCell({ method }: { readonly method: MethodFit }) {
  const lines = [...method.raised, ...method.lowered];
  return h(
    View,
    null,
    h(Text, { style: [styles.line, { color: MUTED }] }, `Base fit ${method.baseFit}`),
    lines.map((r) =>
      h(
        Text,
        { key: r.ruleId, style: styles.line },
        h(Text, { style: styles.points }, `${r.points > 0 ? '+' : '−'}${Math.abs(r.points)}  `),
        r.because,
      ),
    ),
  );
}

function BlockersCell({ method }: { readonly method: MethodFit }) {
  if (method.blockers.length === 0) return h(Text, { style: [styles.line, { color: MUTED }] }, 'None');
  return h(
    View,
    null,
    method.blockers.map((b) => h(Text, { key: b.ruleId, style: styles.blocked }, b.because)),
  );
}

function ChangeBlock({ change }: { readonly change: WhatWouldChange }) {
  return h(
    View,
    { style: styles.change, minPresenceAhead: 30 },
    h(Text, { style: styles.changeText }, change.summary),
    change.changes.map((c) =>
      h(
        Text,
        { key: c.questionId, style: styles.from },
        `${c.prompt} Now ${quotedAnswer({ status: c.fromStatus, answerLabels: c.fromLabels })}; would be ${quotedAnswer({ status: 'answered', answerLabels: c.toLabels })}.`,
      ),
    ),
  );
}

/** The methods ranked by fit, with why, what blocks them, and the smallest change that would reorder them. */
export function Method({ ctx, section }: { readonly ctx: RenderContext; readonly section: SectionInfo }) {
  const { method } = ctx.plan;
  const { fit: top, note } = recommendedMethod(ctx.plan);
  return h(
    NumberedSection,
    {
      ctx,
      section,
      lead:
        top === undefined
          ? 'Every method is blocked by the answers; the blockers below say what to fix first.'
          : `Recommended: ${top.title}, with a fit of ${top.fit} of 100.${note === null ? '' : ` ${note}`}`,
    },
    top === undefined
      ? null
      : h(Callout, { ctx }, h(Text, { style: styles.methodTitle }, top.title), h(SmallPrint, null, methodFacts(top))),
    h(SubHeading, { ctx }, 'Ranking'),
    h(Table, {
      ctx,
      columns: [
        { title: '#', width: '6%' },
        { title: 'Method', width: '24%' },
        { title: 'Fit', width: '12%' },
        { title: 'Why', width: '38%' },
        { title: 'Blockers', width: '20%' },
      ],
      rows: method.ranking.map((m) => [
        String(m.rank),
        h(
          View,
          null,
          h(Text, { style: styles.methodTitle }, m.title),
          h(SmallPrint, null, `${methodWeeks(m)} · cost ${m.cost}`),
          h(Citations, { sources: m.sources }),
        ),
        h(
          View,
          null,
          h(Text, { style: styles.fit }, String(m.fit)),
          h(
            View,
            { style: styles.track },
            h(View, {
              style: { width: `${m.fit}%`, height: 4, backgroundColor: m.blocked ? MUTED : ctx.theme.accent },
            }),
          ),
          m.blocked ? h(SmallPrint, null, 'Blocked') : null,
        ),
        h(WhyCell, { method: m }),
        h(BlockersCell, { method: m }),
      ]),
    }),
    h(SubHeading, { ctx }, 'What would change this'),
    h(
      Paragraph,
      { muted: true },
      'The smallest change to the answers that would put each other method first. Use it to test how firm the recommendation is. A count such as reps or accounts describes the business, so it is only moved within half again or a third less of its answer.',
    ),
    method.whatWouldChange.length === 0
      ? h(Paragraph, { muted: true }, 'No small change to the answers would put another method first.')
      : method.whatWouldChange.map((c) => h(ChangeBlock, { key: c.newTop, change: c })),
  );
}
