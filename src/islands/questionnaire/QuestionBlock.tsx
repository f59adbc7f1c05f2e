import { useFormContext, useWatch } from 'react-hook-form';
import type { ArticleLink } from '../../schema/ids.ts';
import type { Question } from '../../schema/question.ts';
import { inputId } from './fields/field-props.ts';
import type { FormValues } from './form-values.ts';
import { QuestionField } from './QuestionField.tsx';

interface Props {
  readonly question: Question;
  readonly name: string;
  readonly error: string | undefined;
  readonly links: readonly ArticleLink[];
}

/** One question: its field, the help on demand, its error, a notes field and links to the guide. */
export function QuestionBlock({ question, name, error, links }: Props) {
  const { register } = useFormContext<FormValues>();
  const note = useWatch<FormValues>({ name: `notes.${name}` });
  const base = inputId(question.id);
  const errorId = `${base}-error`;
  return (
    <div className="question" id={`q-${question.id}`}>
      <QuestionField
        question={question}
        name={name}
        describedBy={error !== undefined ? errorId : undefined}
        invalid={error !== undefined}
      />
      {error !== undefined && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      <details className="help">
        <summary>Why we ask this</summary>
        <p>{question.help}</p>
        {links.length > 0 && (
          <p>
            Read more:{' '}
            {links.map((link, i) => (
              <span key={link.href}>
                {i > 0 && ', '}
                <a href={link.href} target="_blank" rel="noopener">
                  {link.title}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </span>
            ))}
          </p>
        )}
      </details>
      <details className="note" open={typeof note === 'string' && note !== '' ? true : undefined}>
        <summary>Add a note</summary>
        <label htmlFor={`${base}-note`}>Note on {question.topic}</label>
        <textarea id={`${base}-note`} rows={3} {...register(`notes.${name}`)} />
      </details>
    </div>
  );
}
