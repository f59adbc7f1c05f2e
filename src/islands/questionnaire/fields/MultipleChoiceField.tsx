import { Controller, useFormContext } from 'react-hook-form';
import type { FormValues } from '../form-values.ts';
import { DontKnowCheckbox } from './DontKnowCheckbox.tsx';
import { type FieldProps, inputId } from './field-props.ts';
import { Prompt } from './Prompt.tsx';

/** Any number of options. An exclusive option ("none of these") clears the others, and they clear it. */
export function MultipleChoiceField({ question, name, describedBy, invalid }: FieldProps) {
  const { control } = useFormContext<FormValues>();
  const options = question.options ?? [];
  const exclusive = new Set(options.filter((o) => o.exclusive === true).map((o) => o.id));
  return (
    <fieldset className="choices" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend className="prompt">
        <Prompt question={question} />
        <span className="instruction"> Choose all that apply.</span>
      </legend>
      <Controller
        control={control}
        name={`answers.${name}`}
        render={({ field }) => {
          const selected = Array.isArray(field.value) ? field.value : [];
          const toggle = (id: string, checked: boolean): void => {
            if (!checked) field.onChange(selected.filter((s) => s !== id));
            else if (exclusive.has(id)) field.onChange([id]);
            else field.onChange([...selected.filter((s) => !exclusive.has(s)), id]);
          };
          return (
            <>
              {options.map((option, i) => (
                <label key={option.id} className="choice">
                  <input
                    type="checkbox"
                    id={i === 0 ? inputId(question.id) : undefined}
                    name={field.name}
                    value={option.id}
                    checked={selected.includes(option.id)}
                    onChange={(e) => toggle(option.id, e.target.checked)}
                    onBlur={field.onBlur}
                  />
                  <span>
                    {option.label}
                    {option.hint !== undefined && <small className="hint">{option.hint}</small>}
                  </span>
                </label>
              ))}
            </>
          );
        }}
      />
      {question.allowDontKnow && <DontKnowCheckbox name={name} />}
    </fieldset>
  );
}
