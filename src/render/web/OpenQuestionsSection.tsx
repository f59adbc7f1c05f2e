import type { Confidence, OpenQuestion } from '../../schema/plan/index.ts';
import { editHref } from '../../present/links.ts';
import { OPEN_STATUS_LABELS, openQuestionProblem } from '../../present/plan-text.ts';

/** Unanswered and "don't know" answers the plan would use, and the confidence they cost. */
export function OpenQuestionsSection({ open, confidence }: { open: readonly OpenQuestion[]; confidence: Confidence }) {
  return (
    <section aria-labelledby="open-heading" className="result-section">
      <h2 id="open-heading">Open questions</h2>
      <p>
        Confidence: <strong>{confidence.level}</strong> ({Math.round(confidence.score)} of 100). {confidence.statement}
      </p>
      {open.length === 0 ? (
        <p>Every question the plan uses has an answer.</p>
      ) : (
        <ul>
          {open.map((q, i) => {
            const problem = openQuestionProblem(q);
            return (
              <li key={`${q.questionId}-${i}`}>
                <a href={editHref(q.questionId)}>{q.prompt}</a>{' '}
                <span className="muted">
                  ({OPEN_STATUS_LABELS[q.status].toLowerCase()}, {q.sectionTitle})
                </span>
                {problem !== null && <span> {problem}</span>}
                {q.assumption !== null && <span> Assumed: {q.assumption}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
