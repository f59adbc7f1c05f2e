import type { FieldProps } from './fields/field-props.ts';
import { MultipleChoiceField } from './fields/MultipleChoiceField.tsx';
import { NumberField } from './fields/NumberField.tsx';
import { ScaleField } from './fields/ScaleField.tsx';
import { SingleChoiceField } from './fields/SingleChoiceField.tsx';
import { TextField } from './fields/TextField.tsx';

/** The one field component for each question type. Adding a type fails to compile until it has one. */
export function QuestionField(props: FieldProps) {
  const type = props.question.type;
  switch (type) {
    case 'single':
      return <SingleChoiceField {...props} />;
    case 'multiple':
      return <MultipleChoiceField {...props} />;
    case 'scale':
      return <ScaleField {...props} />;
    case 'number':
      return <NumberField {...props} />;
    case 'text':
      return <TextField {...props} multiline={false} />;
    case 'longtext':
      return <TextField {...props} multiline />;
    default: {
      const unhandled: never = type;
      throw new Error(`No field component for question type ${String(unhandled)}`);
    }
  }
}
