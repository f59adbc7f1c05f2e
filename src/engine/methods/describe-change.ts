import type { WhatWouldChange } from '../../schema/plan/index.ts';
import { answerLabels } from '../answer-labels.ts';
import { answerStatus, evidenceOf, type PlanContext } from '../evidence.ts';
import type { Trial } from './what-would-change.ts';

/** "the data available also included X", "the goal were X instead of Y". */
function changePhrase(
  topic: string,
  fromLabels: readonly string[],
  toLabels: readonly string[],
  isList: boolean,
): string {
  const quote = (labels: readonly string[]): string => labels.map((l) => `"${l}"`).join(', ');
  if (isList) {
    const added = toLabels.filter((l) => !fromLabels.includes(l));
    const removed = fromLabels.filter((l) => !toLabels.includes(l));
    if (removed.length === 0 && added.length > 0) return `${topic} also included ${quote(added)}`;
    if (added.length === 0 && removed.length > 0) return `${topic} did not include ${quote(removed)}`;
  }
  const to = toLabels.length === 0 ? 'none' : quote(toLabels);
  return fromLabels.length === 0
    ? `${topic} were answered ${to}`
    : `${topic} were ${to} instead of ${quote(fromLabels)}`;
}

/** A suggestion as the plan shows it: each change quoted from and to, and one plain sentence. */
export function describeChange(context: PlanContext, trial: Trial, currentTitle: string): WhatWouldChange {
  const method = context.prepared.bundle.methods[trial.top];
  const changes = trial.changes.map(({ questionId, to }) => {
    const evidence = evidenceOf(context, questionId);
    const entry = context.prepared.questionById.get(questionId);
    return {
      questionId,
      sectionId: evidence.sectionId,
      topic: evidence.topic,
      prompt: evidence.prompt,
      fromStatus: answerStatus(context, questionId),
      fromLabels: evidence.answerLabels,
      to,
      toLabels: entry === undefined ? [] : answerLabels(entry, to),
    };
  });
  const phrases = changes.map((c) => changePhrase(c.topic, c.fromLabels, c.toLabels, Array.isArray(c.to)));
  const title = method?.title ?? '';
  return {
    changes,
    newTop: method?.id ?? '',
    newTopTitle: title,
    newTopFit: trial.topFit,
    summary: `If ${phrases.join(' and ')}, ${title} would rank first instead of ${currentTitle}.`,
  };
}
