import { useFormContext } from 'react-hook-form';
import { DONT_KNOW_OPTION, type FormValues } from '../form-values.ts';
import { type FieldProps, inputId } from './field-props.ts';
import { Prompt } from './Prompt.tsx';

/** One answer from a list: a radio group, with "Don't know" as the last choice where allowed. */
export function SingleChoiceField({ question, name, describedBy, invalid }: FieldProps) {
  const { register } = useFormContext<FormValues>();
  const options = [
    ...(question.options ?? []),
    ...(question.allowDontKnow ? [{ id: DONT_KNOW_OPTION, label: "Don't know", hint: undefined }] : []),
  ];
  return (
    <fieldset className="choices" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend className="prompt">
        <Prompt question={question} />
      </legend>
      {options.map((option, i) => (
        <label key={option.id} className={option.id === DONT_KNOW_OPTION ? 'choice dont-know' : 'choice'}>
          <input
            type="radio"
            value={option.id}
            id={i === 0 ? inputId(question.id) : undefined}
            {...register(`answers.${name}`)}
          />
          <span>
            {option.label}
            {option.hint !== undefined && <small className="hint">{option.hint}</small>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
