import { useEffect, useId, useState } from 'react';
import { type AnswerValue } from '../../schema/answer-value.ts';
import { DONT_KNOW, isDontKnow } from '../../schema/dont-know.ts';
import type { Question } from '../../schema/question.ts';
import { answerText } from '../../workshop/answer-text.ts';
import type { ConsensusEntry } from '../../workshop/workshop-model.ts';

interface Props {
  readonly question: Question;
  /** The answer in force now: the override if any, else the default. */
  readonly agreed: AnswerValue | null;
  readonly entry: ConsensusEntry | undefined;
  readonly onChange: (entry: ConsensusEntry | null) => void;
  /** Larger type for the presenter view. */
  readonly large?: boolean;
  /** False while the team differs and nobody has agreed the answer: the editor offers to confirm the default. */
  readonly settled?: boolean;
  /** Move focus to the answer control when the editor opens (it was opened from a link elsewhere). */
  readonly focusOnOpen?: boolean;
}

const DK = '__dont-know__';
const NONE = '__none__';

/** The facilitator overrides the agreed answer and records what the team said. */
export function ConsensusEditor({
  question,
  agreed,
  entry,
  onChange,
  large = false,
  settled = true,
  focusOnOpen = false,
}: Props) {
  const id = useId();
  useEffect(() => {
    if (!focusOnOpen) return;
    const control = document.getElementById(`${id}-value`);
    (control?.matches('fieldset') === true ? control.querySelector('input') : control)?.focus();
  }, [focusOnOpen, id]);
  const [note, setNote] = useState(entry?.note ?? '');
  const set = (value: AnswerValue | null): void => onChange({ ...entry, value });
  const options = question.options ?? [];
  const control = (() => {
    switch (question.type) {
      case 'single':
      case 'scale': {
        const choices =
          question.type === 'single'
            ? options.map((o) => ({ id: o.id, label: o.label }))
            : ['1', '2', '3', '4', '5'].map((p) => ({ id: p, label: p }));
        const current = agreed === null ? NONE : isDontKnow(agreed) ? DK : String(agreed);
        return (
          <select
            id={`${id}-value`}
            value={current}
            onChange={(e) => {
              const v = e.target.value;
              set(v === NONE ? null : v === DK ? DONT_KNOW : question.type === 'scale' ? Number(v) : v);
            }}
          >
            <option value={NONE}>No agreed answer</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
            {question.allowDontKnow && <option value={DK}>Don't know</option>}
          </select>
        );
      }
      case 'multiple': {
        const selected = Array.isArray(agreed) ? agreed : [];
        return (
          <fieldset id={`${id}-value`} className="consensus-options">
            <legend className="visually-hidden">Agreed options</legend>
            {options.map((o) => (
              <label key={o.id} className="choice">
                <input
                  type="checkbox"
                  checked={selected.includes(o.id)}
                  onChange={(e) => set(e.target.checked ? [...selected, o.id] : selected.filter((s) => s !== o.id))}
                />
                <span>{o.label}</span>
              </label>
            ))}
          </fieldset>
        );
      }
      case 'number':
        return (
          <input
            id={`${id}-value`}
            type="number"
            min={question.min}
            max={question.max}
            value={typeof agreed === 'number' ? agreed : ''}
            onChange={(e) => set(e.target.value === '' ? null : Number(e.target.value))}
          />
        );
      case 'text':
      case 'longtext':
        return (
          <textarea
            id={`${id}-value`}
            rows={2}
            value={typeof agreed === 'string' ? agreed : ''}
            onChange={(e) => set(e.target.value === '' ? null : e.target.value)}
          />
        );
      default: {
        const unhandled: never = question.type;
        throw new Error(`No consensus control for ${String(unhandled)}`);
      }
    }
  })();
  return (
    <div className={large ? 'consensus-editor large' : 'consensus-editor'}>
      <label htmlFor={`${id}-value`}>Agreed answer on {question.topic}</label>
      {control}
      <label htmlFor={`${id}-note`}>Discussion note</label>
      <textarea
        id={`${id}-note`}
        rows={large ? 3 : 2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        onBlur={() => onChange({ ...entry, note })}
      />
      {!settled && (
        <button
          type="button"
          className="button secondary"
          onClick={() => onChange({ ...entry, note, confirmed: true })}
        >
          Confirm “{answerText(question, agreed).join(', ') || 'no agreed answer'}” as agreed
        </button>
      )}
      {entry?.value !== undefined && (
        <button type="button" className="link-button" onClick={() => onChange(note === '' ? null : { note })}>
          Go back to the team's default answer
        </button>
      )}
    </div>
  );
}
