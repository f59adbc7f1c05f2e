/** Every question type the bank may use. Each has exactly one field component and one value shape. */
export const QUESTION_TYPES = ['single', 'multiple', 'scale', 'number', 'text', 'longtext'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Types whose answer is one or more option ids. */
export const CHOICE_TYPES: readonly QuestionType[] = ['single', 'multiple'];
/** Types whose answer is a number. */
export const NUMERIC_TYPES: readonly QuestionType[] = ['scale', 'number'];
