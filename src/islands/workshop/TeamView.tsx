import { formatPercent } from '../../present/format.ts';
import { useState } from 'react';
import { agreedAnswer, isSettled, unsettledQuestions } from '../../workshop/consensus.ts';
import { CONSENSUS_RULES, defaultRule } from '../../workshop/default-consensus.ts';
import { DISAGREEMENT_EXPLANATION } from '../../workshop/disagreement.ts';
import { answerText } from '../../workshop/answer-text.ts';
import type { QuestionSpread } from '../../workshop/team-view.ts';
import { setConsensus, type Workshop } from '../../workshop/workshop-model.ts';
import { ConsensusEditor } from './ConsensusEditor.tsx';

interface Props {
  readonly workshop: Workshop;
  readonly spreads: readonly QuestionSpread[];
  readonly onChange: (workshop: Workshop) => void;
  /** The question whose consensus editor is open, if any (the team plan's "Edit this answer" opens one). */
  readonly editing: string | null;
  readonly onEdit: (questionId: string | null) => void;
  /** True when the editor was opened from elsewhere on the page, so focus moves into it. */
  readonly focusEditor?: boolean;
}

/** For every answered question: the answers by role, how far the team disagrees, and the agreed answer. */
export function TeamView({ workshop, spreads, onChange, editing, onEdit, focusEditor = false }: Props) {
  const [order, setOrder] = useState<'flow' | 'disagreement'>('disagreement');
  const unsettled = unsettledQuestions(workshop, spreads).length;
  const answered = spreads.filter((s) => s.answered > 0);
  const rows =
    order === 'flow' ? answered : [...answered].sort((a, b) => (b.disagreement ?? -1) - (a.disagreement ?? -1));
  return (
    <section aria-labelledby="team-heading" className="result-section">
      <h2 id="team-heading">Team view</h2>
      <details>
        <summary>How disagreement is measured</summary>
        <p>{DISAGREEMENT_EXPLANATION}</p>
      </details>
      <p>
        <label>
          Order questions by{' '}
          <select value={order} onChange={(e) => setOrder(e.target.value === 'flow' ? 'flow' : 'disagreement')}>
            <option value="disagreement">most disagreement first</option>
            <option value="flow">questionnaire order</option>
          </select>
        </label>
      </p>
      <details>
        <summary>How the default agreed answer is chosen</summary>
        <p>{CONSENSUS_RULES}</p>
      </details>
      {unsettled > 0 && (
        <p className="notice" role="status">
          {unsettled === 1 ? 'One question' : `${unsettled} questions`} the team answered differently{' '}
          {unsettled === 1 ? 'is' : 'are'} marked “not yet agreed”. The team plan uses the default answer there and
          lowers its confidence until you confirm or change each one.
        </p>
      )}
      {answered.length === 0 ? (
        <p>No responses yet. Add them above.</p>
      ) : (
        <table className="data-table team-table">
          <caption>Answers by role, disagreement and the agreed answer</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Answers by role</th>
              <th scope="col">Disagreement</th>
              <th scope="col">Agreed answer</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => {
              const entry = Object.hasOwn(workshop.consensus, s.questionId)
                ? workshop.consensus[s.questionId]
                : undefined;
              const agreed = agreedAnswer(workshop, s);
              const settled = isSettled(workshop, s);
              const overridden = entry?.value !== undefined;
              return (
                <tr key={s.questionId} id={`team-${s.questionId}`}>
                  <th scope="row">
                    {s.topic}
                    <small className="hint">{s.prompt}</small>
                  </th>
                  <td>
                    <ul className="by-role">
                      {s.byRole.map((r) => (
                        <li key={r.role}>
                          <strong>{r.role}:</strong>{' '}
                          {r.answers.map((a) => `${a.respondent}: ${a.labels.join(', ')}`).join('; ')}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <span
                      className="disagreement"
                      data-level={
                        s.disagreement === null
                          ? 'none'
                          : s.disagreement >= 0.75
                            ? 'high'
                            : s.disagreement >= 0.5
                              ? 'medium'
                              : 'low'
                      }
                    >
                      {formatPercent(s.disagreement)}
                    </span>
                  </td>
                  <td>
                    <p>
                      {answerText(s.question, agreed).join(', ') || 'No agreed answer'}{' '}
                      {overridden && <span className="badge">overridden</span>}
                      {!settled && <span className="badge not-agreed">not yet agreed</span>}
                      {settled && !overridden && entry?.confirmed === true && <span className="badge">agreed</span>}
                    </p>
                    {!overridden && <p className="hint">Default: {defaultRule(s)}.</p>}
                    {entry?.note !== undefined && entry.note !== '' && <p className="hint">Note: {entry.note}</p>}
                    {editing === s.questionId ? (
                      <>
                        <ConsensusEditor
                          question={s.question}
                          agreed={agreed}
                          entry={entry}
                          settled={settled}
                          focusOnOpen={focusEditor}
                          onChange={(e) => onChange(setConsensus(workshop, s.questionId, e))}
                        />
                        <button type="button" onClick={() => onEdit(null)}>
                          Done
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        onClick={() => onEdit(s.questionId)}
                        aria-label={`${settled ? 'Change' : 'Agree or change'} the agreed answer on ${s.topic}`}
                      >
                        {settled ? 'Change' : 'Agree or change'}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
