import { useFormContext } from 'react-hook-form';
import { DONT_KNOW_OPTION, type FormValues } from '../form-values.ts';
import { type FieldProps, inputId } from './field-props.ts';
import { Prompt } from './Prompt.tsx';

const POINTS = ['1', '2', '3', '4', '5'] as const;

/** A 1-5 rating as a radio group; the two ends carry the question's labels. */
export function ScaleField({ question, name, describedBy, invalid }: FieldProps) {
  const { register } = useFormContext<FormValues>();
  const [low, high] = question.scaleLabels ?? ['Low', 'High'];
  return (
    <fieldset className="choices scale" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend className="prompt">
        <Prompt question={question} />
      </legend>
      <div className="scale-points">
        {POINTS.map((point) => (
          <label key={point} className="choice scale-point">
            <input
              type="radio"
              value={point}
              id={point === '1' ? inputId(question.id) : undefined}
              {...register(`answers.${name}`)}
            />
            <span>
              {point}
              {point === '1' && <small className="hint">{low}</small>}
              {point === '5' && <small className="hint">{high}</small>}
            </span>
          </label>
        ))}
      </div>
      {question.allowDontKnow && (
        <label className="choice dont-know">
          <input type="radio" value={DONT_KNOW_OPTION} {...register(`answers.${name}`)} />
          <span>Don't know</span>
        </label>
      )}
    </fieldset>
  );
}
