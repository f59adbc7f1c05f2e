import { ANSWERS_SCHEMA_VERSION, type AnswersDocumentInput } from '../schema/answers.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import type { Question } from '../schema/question.ts';
import { numericBounds } from './answers/answer-fit.ts';

/** What an answer to this question may be, in words, for a person filling in a file by hand. */
export function acceptedValues(question: Question): string {
  const ids = (question.options ?? []).map((o) => `"${o.id}"`);
  const exclusive = (question.options ?? []).filter((o) => o.exclusive === true).map((o) => `"${o.id}"`);
  let text: string;
  switch (question.type) {
    case 'single':
      text = `one of ${ids.join(', ')}`;
      break;
    case 'multiple':
      text = `a list of any of ${ids.join(', ')}${exclusive.length > 0 ? ` (${exclusive.join(', ')} cannot be combined with others)` : ''}`;
      break;
    case 'scale': {
      const { min, max } = numericBounds(question);
      const [low, high] = question.scaleLabels ?? ['', ''];
      text = `a whole number from ${min} (${low}) to ${max} (${high})`;
      break;
    }
    case 'number': {
      const { min, max, integer } = numericBounds(question);
      text = `a ${integer ? 'whole number' : 'number'} from ${min} to ${max}${question.unit === undefined ? '' : ` (${question.unit})`}`;
      break;
    }
    case 'text':
    case 'longtext':
      text = `text${question.maxLength === undefined ? '' : ` of at most ${question.maxLength} characters`}`;
      break;
  }
  return `${text}${question.allowDontKnow ? ', or {"dontKnow": true}' : ''}; null leaves it blank`;
}

/**
 * A blank answers document listing every question, with a guide entry saying what each answer
 * accepts. The date is passed in because the engine never reads the clock.
 */
export function answersTemplate(content: ContentBundle, date: string): AnswersDocumentInput {
  const questions = content.sections.flatMap((s) => s.questions);
  return {
    schemaVersion: ANSWERS_SCHEMA_VERSION,
    contentVersion: content.settings.contentVersion,
    meta: { organisation: '', respondent: '', role: '', date },
    answers: Object.fromEntries(questions.map((q) => [q.id, null])),
    notes: {},
    guide: Object.fromEntries(
      questions.map((q) => [q.id, { prompt: q.prompt, type: q.type, accepts: acceptedValues(q) }]),
    ),
  };
}
