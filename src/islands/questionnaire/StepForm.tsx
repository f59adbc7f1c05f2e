import { type ReactNode, type RefObject, useCallback, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ArticleLink } from '../../schema/ids.ts';
import type { Question } from '../../schema/question.ts';
import { inputId } from './fields/field-props.ts';
import { fieldKey, type FormValues } from './form-values.ts';
import { QuestionBlock } from './QuestionBlock.tsx';
import { fieldError } from './step-schema.ts';

/**
 * How a step checks its questions, shared by the questionnaire and the quick check: errors show once
 * Next has been pressed on the step, and always for the values as they are now, so an answered
 * question never keeps the message it had before; a failed check moves focus to the first error.
 */
export function useStepCheck(form: UseFormReturn<FormValues>, values: FormValues, shown: readonly Question[]) {
  const [attempted, setAttempted] = useState(false);
  /** Whether the step may be left; if not, its errors show and focus moves to the first. */
  const check = async (): Promise<boolean> => {
    if (await form.trigger()) return true;
    setAttempted(true);
    // The same check the step's schema runs, in question order, so focus lands on the first error.
    const now = form.getValues();
    const first = shown.find(
      (q) => fieldError(q, now.answers[fieldKey(q.id)], now.dontKnow[fieldKey(q.id)] === true) !== null,
    );
    // Wait for React to render the error message before moving focus, so it is announced with the field.
    if (first !== undefined) window.setTimeout(() => document.getElementById(inputId(first.id))?.focus(), 0);
    return false;
  };
  const errorOf = (q: Question): string | undefined => {
    if (!attempted) return undefined;
    const key = fieldKey(q.id);
    return fieldError(q, values.answers[key], values.dontKnow[key] === true) ?? undefined;
  };
  /** A new step starts with no errors shown. */
  const reset = useCallback((): void => {
    form.clearErrors();
    setAttempted(false);
  }, [form]);
  return { check, errorOf, reset };
}

interface StepFormProps {
  readonly className: string;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  /** The heading, e.g. "2. Readiness". */
  readonly heading: string;
  readonly intro: string | undefined;
  /** Fields shown before the questions, such as the assessment's name on the first step. */
  readonly before?: ReactNode;
  readonly questions: readonly Question[];
  readonly errorOf: (q: Question) => string | undefined;
  readonly links: Readonly<Record<string, readonly ArticleLink[]>>;
  /** Goes to the previous step; no Back button when left out. */
  readonly onBack?: (() => void) | undefined;
  readonly submitLabel: string;
  readonly onSubmit: () => void;
}

/** One step of questions with Back and Next: the questionnaire's steps and the quick check's. */
export function StepForm(props: StepFormProps) {
  const { className, headingRef, heading, intro, before, questions, errorOf, links, onBack, submitLabel, onSubmit } =
    props;
  return (
    <form
      className={className}
      noValidate
      aria-labelledby="step-heading"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="step-heading" ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p className="step-intro">{intro}</p>
      {before}
      {questions.map((q) => (
        <QuestionBlock key={q.id} question={q} name={fieldKey(q.id)} error={errorOf(q)} links={links[q.id] ?? []} />
      ))}
      <div className="step-buttons">
        {onBack !== undefined && (
          <button type="button" className="button secondary" onClick={onBack}>
            Back
          </button>
        )}
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
