import { useEffect, useRef, useState } from 'react';
import { agreedAnswer } from '../../workshop/consensus.ts';
import { answerText } from '../../workshop/answer-text.ts';
import type { QuestionSpread } from '../../workshop/team-view.ts';
import { setConsensus, type Workshop } from '../../workshop/workshop-model.ts';
import { ConsensusEditor } from './ConsensusEditor.tsx';
import { formatPercent } from '../../present/format.ts';

interface Props {
  readonly workshop: Workshop;
  readonly spreads: readonly QuestionSpread[];
  readonly onChange: (workshop: Workshop) => void;
  readonly onExit: () => void;
}

/** Focus stays on the page, not in a text field, for the shortcuts to work. */
const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * For a projector: one question at a time in large type. The team's answers stay hidden until
 * the facilitator reveals them, so the discussion is not anchored. Shortcuts: → or N next,
 * ← or P previous, R reveal or hide, Esc leave.
 */
export function Presenter({ workshop, spreads, onChange, onExit }: Props) {
  const questions = spreads.filter((s) => s.answered > 0);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const spread = questions[Math.min(index, questions.length - 1)];

  const go = (next: number): void => {
    setIndex(Math.max(0, Math.min(questions.length - 1, next)));
    setRevealed(false);
  };

  useEffect(() => {
    heading.current?.focus();
  }, [index]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onExit();
      if (typing(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'ArrowRight' || e.key === 'n') go(index + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'p') go(index - 1);
      else if (e.key === 'r') setRevealed((r) => !r);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (spread === undefined) {
    return (
      <div className="presenter" role="region" aria-label="Presenter view">
        <p>No responses yet.</p>
        <button type="button" className="button" onClick={onExit}>
          Leave presenter view
        </button>
      </div>
    );
  }
  const max = Math.max(1, ...spread.distribution.map((d) => d.count));
  const entry = Object.hasOwn(workshop.consensus, spread.questionId)
    ? workshop.consensus[spread.questionId]
    : undefined;
  return (
    <div className="presenter" role="region" aria-label="Presenter view">
      <p className="presenter-progress">
        Question {index + 1} of {questions.length} · {spread.sectionTitle}
      </p>
      <h2 ref={heading} tabIndex={-1}>
        {spread.prompt}
      </h2>
      <div className="presenter-answers" aria-live="polite">
        {revealed ? (
          <>
            <p>
              {spread.answered} answers · disagreement {formatPercent(spread.disagreement)}
            </p>
            <ul className="bars">
              {spread.distribution
                .filter((d) => d.count > 0)
                .map((d) => (
                  <li key={d.key}>
                    <span className="bar-label">{d.label}</span>
                    <span className="bar" style={{ width: `${(d.count / max) * 100}%` }} aria-hidden="true" />
                    <span className="bar-count">
                      {d.count} ({d.roles.join(', ')})
                    </span>
                  </li>
                ))}
            </ul>
          </>
        ) : (
          <p>The team’s answers are hidden. Press R to reveal them.</p>
        )}
      </div>
      <ConsensusEditor
        key={spread.questionId}
        large
        question={spread.question}
        agreed={agreedAnswer(workshop, spread)}
        entry={entry}
        onChange={(e) => onChange(setConsensus(workshop, spread.questionId, e))}
      />
      <p>Agreed so far: {answerText(spread.question, agreedAnswer(workshop, spread)).join(', ') || 'nothing yet'}</p>
      <div className="presenter-buttons">
        <button type="button" className="button secondary" onClick={() => go(index - 1)} disabled={index === 0}>
          Previous (←)
        </button>
        <button type="button" className="button secondary" onClick={() => setRevealed((r) => !r)}>
          {revealed ? 'Hide answers (R)' : 'Reveal answers (R)'}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => go(index + 1)}
          disabled={index === questions.length - 1}
        >
          Next (→)
        </button>
        <button type="button" className="button" onClick={onExit}>
          Leave presenter view (Esc)
        </button>
      </div>
    </div>
  );
}
