import type { RolloutPlan } from '../../schema/plan/index.ts';
import { ReasonItem } from './EvidenceList.tsx';
import { articleHref, formatDate } from './links.ts';
import { TimelineChart } from './TimelineChart.tsx';

/** The rollout timeline as a chart and a table, with each phase's audiences, messages, materials and owner. */
export function RolloutSection({ rollout }: { rollout: RolloutPlan }) {
  return (
    <section aria-labelledby="rollout-heading" className="result-section">
      <h2 id="rollout-heading">Rollout</h2>
      <p>
        {formatDate(rollout.start)} to {formatDate(rollout.end)}, {rollout.totalWeeks} weeks in all.
        {rollout.startSource === 'document-date' &&
          ' No valid start date was given, so the plan starts on the date of the answers.'}
      </p>
      <TimelineChart rollout={rollout} />
      <table className="data-table">
        <caption>Rollout phases</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            <th scope="col">Weeks</th>
            <th scope="col">Owner</th>
          </tr>
        </thead>
        <tbody>
          {rollout.phases.map((p) => (
            <tr key={p.phaseId}>
              <th scope="row">
                <a href={articleHref(p.article)}>{p.title}</a>
              </th>
              <td>{p.start === null ? 'Skipped' : formatDate(p.start)}</td>
              <td>{p.end === null ? '–' : formatDate(p.end)}</td>
              <td>{p.weeks}</td>
              <td>{p.owner}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rollout.phases.map((p) => (
        <details key={p.phaseId}>
          <summary>
            {p.title}
            {!p.included && ' (skipped)'}
          </summary>
          {p.skippedBecause.length > 0 && (
            <ul>
              {p.skippedBecause.map((r) => (
                <ReasonItem key={r.ruleId} reason={r} prefix="Skipped:" />
              ))}
            </ul>
          )}
          {p.adjustments.length > 0 && (
            <ul>
              {p.adjustments.map((r) => (
                <ReasonItem key={r.ruleId} reason={r} prefix={`${r.addWeeks > 0 ? '+' : ''}${r.addWeeks} weeks:`} />
              ))}
            </ul>
          )}
          <dl className="facts">
            <dt>Audiences</dt>
            <dd>{p.audiences.join('; ')}</dd>
            <dt>Key messages</dt>
            <dd>
              <ul>
                {p.messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </dd>
            <dt>Materials</dt>
            <dd>{p.materials.join('; ')}</dd>
            <dt>Exit criteria</dt>
            <dd>
              <ul>
                {p.exitCriteria.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </dd>
          </dl>
        </details>
      ))}
    </section>
  );
}
