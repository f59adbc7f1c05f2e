import type { AnswerSheetEntry } from '../schema/plan/index.ts';
import { evidenceOf, type PlanContext } from './evidence.ts';

/** Every question in flow order with its answer and note: the appendix of the PDF and the CSV export. */
export function answerSheet(context: PlanContext, notes: ReadonlyMap<string, string>): AnswerSheetEntry[] {
  return context.prepared.questions.map(({ question, section }) => {
    const evidence = evidenceOf(context, question.id);
    return {
      questionId: question.id,
      sectionId: section.id,
      sectionTitle: section.title,
      prompt: question.prompt,
      topic: question.topic,
      status: evidence.status,
      answer: evidence.answer,
      answerLabels: evidence.answerLabels,
      note: notes.get(question.id) ?? null,
    };
  });
}
