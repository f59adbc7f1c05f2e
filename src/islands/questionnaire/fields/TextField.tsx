import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../form-values.ts';
import { DontKnowCheckbox } from './DontKnowCheckbox.tsx';
import { type FieldProps, inputId } from './field-props.ts';
import { Prompt } from './Prompt.tsx';

/** Short text on one line, or long text in a text area. */
export function TextField({ question, name, describedBy, invalid, multiline }: FieldProps & { multiline: boolean }) {
  const { register } = useFormContext<FormValues>();
  const id = inputId(question.id);
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    ...register(`answers.${name}`),
  };
  return (
    <div className="field">
      <label htmlFor={id} className="prompt">
        <Prompt question={question} />
      </label>
      {multiline ? <textarea rows={5} {...common} /> : <input type="text" autoComplete="off" {...common} />}
      {question.allowDontKnow && <DontKnowCheckbox name={name} />}
    </div>
  );
}
