// Re-assessment: what moved between last time's answers and today's. Both are planned with the
// current content, so a difference is a change in the answers, never in the rules. This module
// runs the engine (`buildPlan`), which loads classic zod; the UI should load it with the results.
import { buildPlan } from '../engine/build-plan.ts';
import type { AnswersDocument } from '../schema/answers.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import type { AnswerSheetEntry, Plan } from '../schema/plan/index.ts';

/** One question whose answer changed between the two assessments. */
export interface ChangedAnswer {
  questionId: string;
  sectionId: string;
  topic: string;
  prompt: string;
  /** The answer labels; empty for no answer. A hidden question's answer is listed as no answer. */
  before: string[];
  after: string[];
}

/** A warning sign, named. */
export interface SignRef {
  signId: string;
  title: string;
}

/** How one readiness dimension moved (scores 0..100). */
export interface DimensionDrift {
  id: string;
  title: string;
  before: number | null;
  after: number | null;
  /** after − before; null when either is unknown. */
  delta: number | null;
}

/** Everything the drift view shows. */
export interface Drift {
  /** Questions whose usable answer changed, in questionnaire order. */
  changed: ChangedAnswer[];
  warningSigns: { appeared: SignRef[]; cleared: SignRef[]; stillActive: SignRef[] };
  readiness: { before: number | null; after: number | null; delta: number | null; dimensions: DimensionDrift[] };
}

const delta = (before: number | null, after: number | null): number | null =>
  before === null || after === null ? null : after - before;

/** What the plan reads from one answer-sheet entry: nothing when hidden or unanswered; option order ignored. */
function readAnswer(entry: AnswerSheetEntry | undefined): { key: string; labels: string[] } {
  if (entry === undefined || entry.status === 'hidden' || entry.status === 'unanswered') return { key: '', labels: [] };
  const value = Array.isArray(entry.answer) ? [...entry.answer].sort() : entry.answer;
  return { key: JSON.stringify(value), labels: entry.answerLabels };
}

function activeSigns(plan: Plan): Map<string, SignRef> {
  return new Map(
    plan.cadence.triggers.filter((t) => t.active).map((t) => [t.signId, { signId: t.signId, title: t.title }]),
  );
}

/**
 * What changed from `before` to `after`: the answers that changed (as the plan reads them, so an
 * answer hidden by another answer counts as none), the warning signs that appeared, cleared or
 * stayed, and how readiness moved overall and per dimension.
 */
export function driftReport(content: ContentBundle, before: AnswersDocument, after: AnswersDocument): Drift {
  const was = buildPlan(content, before);
  const now = buildPlan(content, after);
  const nowSheet = new Map(now.answerSheet.map((e) => [e.questionId, e]));
  const changed = was.answerSheet.flatMap((entry): ChangedAnswer[] => {
    const a = readAnswer(entry);
    const b = readAnswer(nowSheet.get(entry.questionId));
    if (a.key === b.key) return [];
    return [
      {
        questionId: entry.questionId,
        sectionId: entry.sectionId,
        topic: entry.topic,
        prompt: entry.prompt,
        before: a.labels,
        after: b.labels,
      },
    ];
  });
  const wasActive = activeSigns(was);
  const nowActive = activeSigns(now);
  const signOrder = content.warningSigns.map((s) => s.id);
  const inOrder = (signs: SignRef[]) => signs.sort((x, y) => signOrder.indexOf(x.signId) - signOrder.indexOf(y.signId));
  const nowDimensions = new Map(now.readiness.dimensions.map((d) => [d.id, d.score]));
  return {
    changed,
    warningSigns: {
      appeared: inOrder([...nowActive.values()].filter((s) => !wasActive.has(s.signId))),
      cleared: inOrder([...wasActive.values()].filter((s) => !nowActive.has(s.signId))),
      stillActive: inOrder([...nowActive.values()].filter((s) => wasActive.has(s.signId))),
    },
    readiness: {
      before: was.readiness.score,
      after: now.readiness.score,
      delta: delta(was.readiness.score, now.readiness.score),
      dimensions: was.readiness.dimensions.map((d) => {
        const afterScore = nowDimensions.get(d.id) ?? null;
        return { id: d.id, title: d.title, before: d.score, after: afterScore, delta: delta(d.score, afterScore) };
      }),
    },
  };
}
