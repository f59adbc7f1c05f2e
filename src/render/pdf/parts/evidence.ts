import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import type { Evidence, Reason } from '../../../schema/plan/index.ts';
import { capitalise, quoteLabels } from '../../../present/format.ts';
import { INK, MUTED, textSize } from '../theme.ts';

const styles = StyleSheet.create({
  reason: { marginBottom: 5 },
  because: { color: INK },
  quotes: { marginTop: 2, paddingLeft: 8, borderLeftWidth: 1.5 },
  quote: { ...textSize(8.5, 1.4), color: INK },
  topic: { color: MUTED },
});

/** The answer as quoted evidence: its labels in quotation marks, or what stands in for it. */
export function quotedAnswer(e: Pick<Evidence, 'status' | 'answerLabels'>): string {
  if (e.answerLabels.length > 0) return quoteLabels(e.answerLabels);
  return e.status === 'hidden' ? 'not asked for these answers' : 'not answered';
}

/** The answers a reason rests on, each quoted with the topic it answers. */
export function EvidenceQuotes({
  evidence,
  accent,
}: {
  readonly evidence: readonly Evidence[];
  readonly accent: string;
}) {
  if (evidence.length === 0) return null;
  return h(
    View,
    { style: [styles.quotes, { borderLeftColor: accent }] },
    evidence.map((e) =>
      h(
        Text,
        { key: e.questionId, style: styles.quote },
        h(Text, { style: styles.topic }, `${capitalise(e.topic)}: `),
        quotedAnswer(e),
      ),
    ),
  );
}

/** A rule's reason followed by the answers that made it match. */
export function ReasonWithEvidence({
  reason,
  accent,
  prefix = '',
}: {
  readonly reason: Reason;
  readonly accent: string;
  readonly prefix?: string;
}) {
  return h(
    View,
    { style: styles.reason },
    h(Text, { style: styles.because }, `${prefix}${reason.because}`),
    h(EvidenceQuotes, { evidence: reason.evidence, accent }),
  );
}
