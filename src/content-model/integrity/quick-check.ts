import { answerAlternatives } from '../../engine/answer-alternatives.ts';
import { conditionQuestions } from '../../engine/conditions.ts';
import { prepareQuestions, type IndexedQuestion, type PreparedQuestions } from '../../engine/prepare.ts';
import { resolveVisibility } from '../../engine/visibility.ts';
import type { AnswerValue } from '../../schema/answer-value.ts';
import { conditionLeaves, isLeaf } from '../../schema/condition-tree.ts';
import { DONT_KNOW } from '../../schema/dont-know.ts';
import type { Question } from '../../schema/question.ts';
import type { ContentFiles } from '../sources.ts';
import type { ContentIds } from './ids.ts';
import type { Report } from './report.ts';

/** More combinations than this are not tried; no question's visibility reads nearly that many answers. */
const MAX_TRIALS = 50_000;

/** The questions a question's visibility depends on, directly or through theirs, nearest first. */
function visibilityInputs(prepared: PreparedQuestions, question: Question): string[] {
  const out: string[] = [];
  const visit = (q: Question | undefined): void => {
    if (q?.visibleIf === undefined) return;
    for (const id of conditionQuestions(q.visibleIf)) {
      if (out.includes(id)) continue;
      out.push(id);
      visit(prepared.questionById.get(id)?.question);
    }
  };
  visit(question);
  return out;
}

/** The numbers visibility conditions compare a question with: the only values of it that can matter. */
function visibilityThresholds(prepared: PreparedQuestions, questionId: string): number[] {
  const values: number[] = [];
  for (const { question } of prepared.questions) {
    if (question.visibleIf === undefined) continue;
    for (const leaf of conditionLeaves(question.visibleIf)) {
      if (!isLeaf(leaf) || leaf.question !== questionId) continue;
      const raw: unknown = leaf.value;
      for (const v of Array.isArray(raw) ? raw : [raw]) if (typeof v === 'number') values.push(v);
    }
  }
  return values;
}

/** Every answer worth trying for a question: none, "don't know", and each value a condition can tell apart. */
function candidates(prepared: PreparedQuestions, entry: IndexedQuestion): (AnswerValue | undefined)[] {
  const values: (AnswerValue | undefined)[] = [undefined];
  if (entry.question.allowDontKnow) values.push(DONT_KNOW);
  values.push(...answerAlternatives(entry, undefined, visibilityThresholds(prepared, entry.question.id)));
  return values;
}

/**
 * Whether some answers to the quick check's own questions show `questionId`, every other question
 * left unanswered as the quick check leaves it. Tries every combination of the answers that can
 * make a difference to its visibility.
 */
function canBeShown(prepared: PreparedQuestions, questionId: string, inputs: readonly IndexedQuestion[]): boolean {
  const lists = inputs.map((entry) => candidates(prepared, entry));
  const total = lists.reduce((n, l) => n * l.length, 1);
  for (let trial = 0; trial < Math.min(total, MAX_TRIALS); trial += 1) {
    const answers = new Map<string, AnswerValue>();
    let rest = trial;
    lists.forEach((list, i) => {
      const value = list[rest % list.length];
      rest = Math.floor(rest / list.length);
      const id = inputs[i]?.question.id;
      if (value !== undefined && id !== undefined) answers.set(id, value);
    });
    if (!resolveVisibility(prepared, answers).hidden.has(questionId)) return true;
  }
  return false;
}

/**
 * The quick check asks questions of the full questionnaire. Each must exist, be asked once, come
 * after the questions its visibility reads, and be shown for some answers to the quick check's own
 * questions: a question hidden unless a question outside the quick check is answered would never
 * appear, and the quick check would silently ask less than its content says. Visibility is
 * checked only when `conditionsSound` (no other problem was found), as a broken condition would
 * report every question it hides a second time.
 */
export function checkQuickCheck(files: ContentFiles, ids: ContentIds, report: Report, conditionsSound: boolean): void {
  const { file, data } = files.quickCheck;
  const prepared = prepareQuestions({
    settings: files.settings.data,
    sections: [...files.sections].sort((a, b) => a.data.order - b.data.order).map((f) => f.data),
  });
  const asked = new Map<string, number>();
  data.steps.forEach((step, s) =>
    step.questions.forEach((id, q) => {
      const field = `steps[${s}].questions[${q}]`;
      if (!ids.questions.has(id)) {
        report(file, field, id, 'no question in content/questionnaire/ has this id');
        return;
      }
      if (asked.has(id)) {
        report(file, field, id, 'the quick check already asks this question');
        return;
      }
      asked.set(id, asked.size);
      const entry = prepared.questionById.get(id);
      if (entry === undefined || !conditionsSound) return;
      const inputs = visibilityInputs(prepared, entry.question);
      const later = inputs.filter((input) => !asked.has(input) && quickIds(data.steps).includes(input));
      if (later.length > 0) {
        report(
          file,
          field,
          id,
          `asked before ${later.join(', ')}, which decide${later.length === 1 ? 's' : ''} whether it is shown; ask ${later.length === 1 ? 'it' : 'them'} first`,
        );
        return;
      }
      const known = inputs.flatMap((input) => {
        const indexed = asked.has(input) ? prepared.questionById.get(input) : undefined;
        return indexed === undefined ? [] : [indexed];
      });
      if (!canBeShown(prepared, id, known)) {
        const missing = inputs.filter((input) => !asked.has(input));
        report(
          file,
          field,
          id,
          missing.length === 0
            ? 'hidden by its visibility condition whatever the quick check answers'
            : `hidden unless ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} answered, which the quick check does not ask`,
        );
      }
    }),
  );
}

const quickIds = (steps: readonly { questions: readonly string[] }[]): string[] => steps.flatMap((s) => s.questions);
