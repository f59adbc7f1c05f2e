import { TEXT_ANSWER_MAX } from '../../schema/answers-limits.ts';
import { isDontKnow } from '../../schema/dont-know.ts';
import type { Question } from '../../schema/question.ts';

const show = (value: unknown): string => {
  const text = (JSON.stringify(value) as string | undefined) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** The bounds a scale or number answer must respect. Scales run 1..5 unless the question says otherwise. */
export function numericBounds(question: Question): { min: number; max: number; integer: boolean } {
  if (question.type === 'scale') return { min: question.min ?? 1, max: question.max ?? 5, integer: true };
  return { min: question.min ?? -Infinity, max: question.max ?? Infinity, integer: question.integer ?? false };
}

/**
 * Why a value cannot be an answer to this question, or null when it fits. The reason says what
 * was expected, because it is shown to whoever wrote the file.
 */
export function answerMisfit(question: Question, value: unknown): string | null {
  if (isDontKnow(value)) {
    if (Object.keys(value).length !== 1) return 'a "don\'t know" answer is exactly {"dontKnow": true}';
    return question.allowDontKnow ? null : 'this question does not offer "don\'t know"';
  }
  const optionIds = (question.options ?? []).map((o) => o.id);
  switch (question.type) {
    case 'single':
      if (typeof value !== 'string') return `expected one option id (${optionIds.join(', ')}), got ${show(value)}`;
      return optionIds.includes(value) ? null : `"${value}" is not an option; expected one of ${optionIds.join(', ')}`;
    case 'multiple':
      return multipleMisfit(question, value, optionIds);
    case 'scale':
    case 'number': {
      const { min, max, integer } = numericBounds(question);
      const range = `${min} to ${max}${integer ? ', a whole number' : ''}`;
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `expected a number from ${range}, got ${show(value)}`;
      if (integer && !Number.isInteger(value)) return `expected a whole number from ${min} to ${max}, got ${value}`;
      return value < min || value > max ? `${value} is out of range; expected ${range}` : null;
    }
    case 'text':
    case 'longtext': {
      const limit = question.maxLength ?? TEXT_ANSWER_MAX;
      if (typeof value !== 'string') return `expected text, got ${show(value)}`;
      return value.length > limit ? `the text is ${value.length} characters long; at most ${limit} are accepted` : null;
    }
  }
}

function multipleMisfit(question: Question, value: unknown, optionIds: readonly string[]): string | null {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    return `expected a list of option ids (${optionIds.join(', ')}), got ${show(value)}`;
  }
  const unknown = value.filter((v) => !optionIds.includes(v));
  if (unknown.length > 0)
    return `${unknown.map((v) => `"${v}"`).join(', ')} ${unknown.length === 1 ? 'is not an option' : 'are not options'}; expected any of ${optionIds.join(', ')}`;
  if (new Set(value).size !== value.length) return 'lists the same option more than once';
  const exclusive = (question.options ?? []).filter((o) => o.exclusive === true && value.includes(o.id));
  if (exclusive.length > 0 && value.length > 1)
    return `"${exclusive[0]?.id}" excludes every other option, but others are chosen too`;
  return null;
}
