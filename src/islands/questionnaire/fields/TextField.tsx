import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../form-values.ts';
import { DontKnowCheckbox } from './DontKnowCheckbox.tsx';
import { type FieldProps, inputId } from './field-props.ts';
import { Prompt } from './Prompt.tsx';
import { isDateQuestion } from '../step-schema.ts';

/** Short text on one line, a date picker for a date question, or long text in a text area. */
export function TextField({ question, name, describedBy, invalid, multiline }: FieldProps & { multiline: boolean }) {
  const { register } = useFormContext<FormValues>();
  const id = inputId(question.id);
  const date = isDateQuestion(question);
  const hintId = `${id}-format`;
  const common = {
    id,
    'aria-describedby': [date ? hintId : undefined, describedBy].filter(Boolean).join(' ') || undefined,
    'aria-invalid': invalid || undefined,
    ...register(`answers.${name}`),
  };
  return (
    <div className="field">
      <label htmlFor={id} className="prompt">
        <Prompt question={question} />
      </label>
      {multiline ? (
        <textarea rows={5} {...common} />
      ) : date ? (
        <>
          <input type="date" className="date-input" {...common} />
          <small id={hintId} className="hint">
            Pick the day from the calendar. Without one, the plan dates the rollout from the day you answered and says
            so.
          </small>
        </>
      ) : (
        <input type="text" autoComplete="off" {...common} />
      )}
      {question.allowDontKnow && <DontKnowCheckbox name={name} />}
    </div>
  );
}
