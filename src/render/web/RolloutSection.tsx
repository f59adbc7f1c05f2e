import type { RolloutPlan } from '../../schema/plan/index.ts';
import { ReasonItem } from './EvidenceList.tsx';
import { countOf, formatDate, formatDateRange } from '../../present/format.ts';
import { articleHref, startDateHref } from '../../present/links.ts';
import { phaseWeeks, rolloutLaunchLine, rolloutStartSource, weeksChange } from '../../present/plan-text.ts';
import { TimelineChart } from './TimelineChart.tsx';

/**
 * Says so, in plain sight, when the plan had to assume the start date: the dates below count from the
 * day of the answers, not from a date anyone chose.
 */
export function AssumedStart({ rollout }: { rollout: RolloutPlan }) {
  if (rollout.startSource === 'answer') return null;
  return (
    <p className="notice assumed-date">
      <strong>Assumed start: {formatDate(rollout.start)}.</strong> No start date was given, so the plan counts from the
      day of the answers. <a href={startDateHref}>Set the start date</a>
    </p>
  );
}

/** The rollout timeline as a chart and a table, with each phase's audiences, messages, materials and owner. */
export function RolloutSection({ rollout }: { rollout: RolloutPlan }) {
  return (
    <section aria-labelledby="rollout-heading" className="result-section">
      <h2 id="rollout-heading">Rollout</h2>
      <p>
        {formatDateRange(rollout.start, rollout.end)}, {countOf(rollout.totalWeeks, 'week')} in all.
        {rollout.startSource === 'answer' && ` The dates count from ${rolloutStartSource(rollout)}.`}
      </p>
      <AssumedStart rollout={rollout} />
      <p>{rolloutLaunchLine(rollout)}</p>
      {rollout.deadline?.note != null && <p className="notice">{rollout.deadline.note}</p>}
      <TimelineChart rollout={rollout} />
      <table className="data-table">
        <caption>Rollout phases</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Dates</th>
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
              <td data-label="Dates">{formatDateRange(p.start, p.end)}</td>
              <td data-label="Weeks">{phaseWeeks(p)}</td>
              <td data-label="Owner">{p.owner}</td>
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
          {p.keptBecause.length > 0 && (
            <ul>
              {p.keptBecause.map((r) => (
                <ReasonItem key={r.ruleId} reason={r} prefix="Kept:" />
              ))}
            </ul>
          )}
          {p.adjustments.length > 0 && (
            <ul>
              {p.adjustments.map((r) => (
                <ReasonItem key={r.ruleId} reason={r} prefix={`${weeksChange(r.addWeeks)}:`} />
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
