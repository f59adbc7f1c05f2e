/** Every question type the bank may use. Each has exactly one field component and one value shape. */
export const QUESTION_TYPES = ['single', 'multiple', 'scale', 'number', 'text', 'longtext'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
