import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../form-values.ts';

/** The explicit "don't know" for multiple-choice, number and text questions. */
export function DontKnowCheckbox({ name }: { name: string }) {
  const { register } = useFormContext<FormValues>();
  return (
    <label className="choice dont-know">
      <input type="checkbox" {...register(`dontKnow.${name}`)} />
      <span>Don't know</span>
    </label>
  );
}
