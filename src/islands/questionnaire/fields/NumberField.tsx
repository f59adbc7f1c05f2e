import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../form-values.ts';
import { DontKnowCheckbox } from './DontKnowCheckbox.tsx';
import { type FieldProps, inputId } from './field-props.ts';
import { Prompt } from './Prompt.tsx';
import { formatInputNumber } from '../number-input.ts';

/**
 * A number with its unit and allowed range. A text input keeps what was typed until it is valid, and
 * accepts the digit grouping of the respondent's locale and spaces ("12,000", "12 000").
 */
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
        {question.integer === true ? 'A whole number' : 'A number'} from {formatInputNumber(question.min ?? 0)} to{' '}
        {formatInputNumber(question.max ?? 0)}.
      </small>
      {question.allowDontKnow && <DontKnowCheckbox name={name} />}
    </div>
  );
}
