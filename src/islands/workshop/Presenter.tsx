import { useEffect, useRef, useState, type ReactNode } from 'react';
import { agreedAnswer, isSettled, respondentsDiffer } from '../../workshop/consensus.ts';
import { defaultRule } from '../../workshop/default-consensus.ts';
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
  /** The brand's name and logo, shown at the top. */
  readonly brandMark?: ReactNode;
}

/** The shortcuts, by key; Shift does not change them (Shift+R works like R). */
const SHORTCUTS: Record<string, 'next' | 'previous' | 'reveal'> = {
  arrowright: 'next',
  n: 'next',
  arrowleft: 'previous',
  p: 'previous',
  r: 'reveal',
};

/**
 * For a projector: one question at a time in large type. The team's answers stay hidden until
 * the facilitator reveals them, so the discussion is not anchored. Shortcuts: → or N next,
 * ← or P previous, R reveal or hide, Esc leave. The shortcuts only navigate: they are caught
 * before any control sees them, so a focused control never changes an answer. The agreed answer is
 * changed only in the editor, opened on purpose with its button; while it is open the keys are the
 * editor's, and Esc closes it.
 */
export function Presenter({ workshop, spreads, onChange, onExit, brandMark }: Props) {
  const [skipAgreed, setSkipAgreed] = useState(false);
  const questions = spreads.filter((s) => s.answered > 0 && (!skipAgreed || respondentsDiffer(s)));
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [editing, setEditing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const found = questions.findIndex((s) => s.questionId === currentId);
  const index = found === -1 ? 0 : found;
  const spread = questions[index];

  const go = (next: number): void => {
    const target = questions[Math.max(0, Math.min(questions.length - 1, next))];
    if (target === undefined || target.questionId === spread?.questionId) return;
    setCurrentId(target.questionId);
    setRevealed(false);
    setEditing(false);
  };

  useEffect(() => {
    heading.current?.focus();
  }, [spread?.questionId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (editing) {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        setEditing(false);
        requestAnimationFrame(() => editButton.current?.focus());
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        onExit();
        return;
      }
      const action = SHORTCUTS[e.key.toLowerCase()];
      if (action === undefined) return;
      // Caught in the capture phase and stopped, so a focused control (a checkbox, a select) never acts on it.
      e.preventDefault();
      e.stopPropagation();
      if (action === 'next') go(index + 1);
      else if (action === 'previous') go(index - 1);
      else setRevealed((r) => !r);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  });

  const skipControl = (
    <p>
      <label className="choice">
        <input type="checkbox" checked={skipAgreed} onChange={(e) => setSkipAgreed(e.target.checked)} />
        <span>Skip the questions everyone answered alike</span>
      </label>
    </p>
  );

  if (spread === undefined) {
    return (
      <div className="presenter" role="region" aria-label="Presenter view">
        <p>
          {skipAgreed ? 'Everyone answered every question alike: there is nothing to discuss.' : 'No responses yet.'}
        </p>
        {skipAgreed && skipControl}
        <button type="button" className="button" onClick={onExit}>
          Leave presenter view
        </button>
      </div>
    );
  }
  const counts = spread.distribution.filter((d) => d.count > 0);
  const entry = Object.hasOwn(workshop.consensus, spread.questionId)
    ? workshop.consensus[spread.questionId]
    : undefined;
  const agreed = agreedAnswer(workshop, spread);
  const settled = isSettled(workshop, spread);
  return (
    <div className="presenter" role="region" aria-label="Presenter view">
      {brandMark}
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
            {/* Each bar's share of the same full width is its count out of everyone who answered, so equal counts are equally long. */}
            <ul className="bars">
              {counts.map((d) => (
                <li key={d.key}>
                  <span className="bar-label">{d.label}</span>
                  <span>
                    <span
                      className="bar"
                      data-count={d.count}
                      style={{ width: `${(d.count / spread.answered) * 100}%` }}
                      aria-hidden="true"
                    />
                    <span className="bar-count">
                      {d.count} of {spread.answered} ({d.roles.join(', ')})
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>The team’s answers are hidden. Press R to reveal them.</p>
        )}
      </div>
      <p>
        Agreed so far: {answerText(spread.question, agreed).join(', ') || 'nothing yet'}{' '}
        {!settled && <span className="badge not-agreed">not yet agreed</span>}
        {entry?.value === undefined && <small className="hint"> Default: {defaultRule(spread)}.</small>}
      </p>
      {editing ? (
        <div role="group" aria-label="Agreed answer editor">
          <ConsensusEditor
            key={spread.questionId}
            large
            focusOnOpen
            question={spread.question}
            agreed={agreed}
            entry={entry}
            settled={settled}
            onChange={(e) => onChange(setConsensus(workshop, spread.questionId, e))}
          />
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setEditing(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          >
            Done editing (Esc)
          </button>
        </div>
      ) : (
        <button ref={editButton} type="button" className="button secondary" onClick={() => setEditing(true)}>
          {settled ? 'Change the agreed answer' : 'Agree or change the answer'}
        </button>
      )}
      {skipControl}
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
