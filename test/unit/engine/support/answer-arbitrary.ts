/**
 * fast-check generators of valid answers for any content bundle: every question may be
 * unanswered, "don't know" where offered, or a value that fits it. Numbers lean towards the
 * thresholds the rules compare them with, so rule boundaries are exercised.
 */
import fc from 'fast-check';
import { numericBounds } from '../../../../src/engine/answers/answer-fit.ts';
import { prepareContent } from '../../../../src/engine/prepare.ts';
import { DONT_KNOW, type AnswerValue } from '../../../../src/schema/answer-value.ts';
import type { AnswersDocument } from '../../../../src/schema/answers.ts';
import type { ContentBundle } from '../../../../src/schema/content-bundle.ts';
import type { Question } from '../../../../src/schema/question.ts';

function valueArbitrary(question: Question, thresholds: readonly number[]): fc.Arbitrary<AnswerValue> {
  const options = question.options ?? [];
  switch (question.type) {
    case 'single':
      return fc.constantFrom(...options.map((o) => o.id));
    case 'multiple': {
      const plain = options.filter((o) => o.exclusive !== true).map((o) => o.id);
      const exclusive = options.filter((o) => o.exclusive === true).map((o): AnswerValue => [o.id]);
      const subsets = fc.subarray(plain).map((ids) => plain.filter((id) => ids.includes(id)));
      return exclusive.length === 0
        ? subsets
        : fc.oneof({ arbitrary: subsets, weight: 4 }, { arbitrary: fc.constantFrom(...exclusive), weight: 1 });
    }
    case 'scale':
    case 'number': {
      const { min, max, integer } = numericBounds(question);
      const lo = Number.isFinite(min) ? min : -1e6;
      const hi = Number.isFinite(max) ? max : 1e6;
      const any = integer
        ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
        : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
      const near = thresholds
        .flatMap((t) => [t - 1, t, t + 1])
        .filter((v) => v >= lo && v <= hi && (!integer || Number.isInteger(v)));
      return near.length === 0 ? any : fc.oneof(any, fc.constantFrom(...near));
    }
    case 'text':
    case 'longtext': {
      const limit = question.maxLength ?? 2_000;
      const date = fc
        .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
      return fc.oneof(date, fc.string({ maxLength: Math.min(limit, 60) }));
    }
  }
}

/** Answers keyed by question id; an absent key is an unanswered question. */
export function answersArbitrary(content: ContentBundle): fc.Arbitrary<Record<string, AnswerValue>> {
  const prepared = prepareContent(content);
  const entries = prepared.questions.map(({ question }) => {
    const value = valueArbitrary(question, prepared.thresholds.get(question.id) ?? []);
    const withDontKnow = question.allowDontKnow
      ? fc.oneof({ arbitrary: value, weight: 6 }, { arbitrary: fc.constant<AnswerValue>(DONT_KNOW), weight: 1 })
      : value;
    return [question.id, fc.option(withDontKnow, { nil: undefined, freq: 5 })] as const;
  });
  return fc.tuple(...entries.map(([, arb]) => arb)).map((values) => {
    const out: Record<string, AnswerValue> = {};
    entries.forEach(([id], i) => {
      const value = values[i];
      if (value !== undefined) out[id] = value;
    });
    return out;
  });
}

/** A whole answers document around generated answers. */
export function documentArbitrary(content: ContentBundle): fc.Arbitrary<AnswersDocument> {
  const date = fc
    .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  return fc
    .record({ answers: answersArbitrary(content), date, organisation: fc.string({ maxLength: 40 }) })
    .map(({ answers, date: day, organisation }) => ({
      schemaVersion: 1 as const,
      contentVersion: content.settings.contentVersion,
      meta: { organisation, respondent: 'Respondent', role: 'Role', date: day },
      answers,
      notes: {},
    }));
}
