import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../form-values.ts';
import { DontKnowCheckbox } from './DontKnowCheckbox.tsx';
import { type FieldProps, inputId } from './field-props.ts';
import { Prompt } from './Prompt.tsx';

/** A number with its unit and allowed range. A text input keeps what was typed until it is valid. */
export function NumberField({ question, name, describedBy, invalid }: FieldProps) {
  const { register } = useFormContext<FormValues>();
  const id = inputId(question.id);
  const rangeId = `${id}-range`;
  return (
    <div className="field">
      <label htmlFor={id} className="prompt">
        <Prompt question={question} />
      </label>
      <div className="number-row">
        <input
          id={id}
          type="text"
          inputMode={question.integer === true ? 'numeric' : 'decimal'}
          autoComplete="off"
          aria-describedby={[rangeId, describedBy].filter(Boolean).join(' ')}
          aria-invalid={invalid || undefined}
          {...register(`answers.${name}`)}
        />
        <span className="unit">{question.unit}</span>
      </div>
      <small id={rangeId} className="hint">
        {question.integer === true ? 'A whole number' : 'A number'} from {question.min?.toLocaleString('en')} to{' '}
        {question.max?.toLocaleString('en')}.
      </small>
      {question.allowDontKnow && <DontKnowCheckbox name={name} />}
    </div>
  );
}
