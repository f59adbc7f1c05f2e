import type { Question } from '../../../schema/question.ts';

/** What every field component receives. */
export interface FieldProps {
  readonly question: Question;
  /** The form key of the question (see `fieldKey`). */
  readonly name: string;
  /** Ids of the help text and error message, for `aria-describedby`. */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
}

/** The id of a question's first focusable input, so that errors and links can focus it. */
export const inputId = (questionId: string): string => `input-${questionId.replace('.', '-')}`;
