import type { Question } from '../../../schema/question.ts';

/** The question text, with a visible marker on required questions. */
export function Prompt({ question }: { question: Question }) {
  return (
    <>
      {question.prompt}
      {question.required && (
        <span className="required">
          {' '}
          <abbr title="required">*</abbr>
          <span className="visually-hidden"> (required)</span>
        </span>
      )}
    </>
  );
}
