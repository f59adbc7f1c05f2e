import type { ReactNode } from 'react';
import { formatRange } from '../../present/format.ts';
import { editHref } from '../../present/links.ts';
import { flaggedFindings, missingBySection, planVerdict, readinessSoFar } from '../../present/plan-status.ts';
import { rolloutLaunchLine } from '../../present/plan-text.ts';
import type { Plan } from '../../schema/plan/index.ts';
import { DesignPicture } from './DesignChart.tsx';
import { findingAnchor } from './FindingsSection.tsx';
import { AssumedStart } from './RolloutSection.tsx';

const RISK_WORD = { high: 'High', medium: 'Medium', low: 'Low', none: 'None' } as const;

interface Props {
  readonly plan: Plan;
  /** The Download PDF button, shown large beside the verdict. */
  readonly download?: ReactNode;
  /** Secondary actions under it (edit, print, save a copy). */
  readonly actions?: ReactNode;
}

/** The draft's panel: readiness so far and every question the plan still waits for, each a link to answer it. */
function DraftPanel({ plan }: { plan: Plan }) {
  const groups = missingBySection(plan);
  const found = flaggedFindings(plan.mistakeFindings);
  return (
    <div className="overview-grid">
      <div className="overview-card">
        <h3>Readiness so far</h3>
        <p className="overview-figure">{readinessSoFar(plan.readiness)}</p>
        <p className="muted">
          {found.length === 0
            ? 'No mistake flagged by the answers given so far.'
            : `${found.length} of the common mistakes flagged so far; see the findings below.`}
        </p>
      </div>
      <div className="overview-card overview-missing">
        <h3 id="missing-heading">Still to answer</h3>
        <ul aria-labelledby="missing-heading">
          {groups.map((g) => (
            <li key={g.sectionTitle}>
              <strong>{g.sectionTitle}:</strong>{' '}
              {g.questions.map((q, i) => (
                <span key={q.questionId}>
                  {i > 0 && ', '}
                  <a href={editHref(q.questionId)}>{q.topic}</a>
                  {q.status === 'invalid' && ' (not a usable answer)'}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * The results page's first screen, which answers "what now?": the verdict, the Download PDF button,
 * the design at a glance, the top three risks and the next three actions. A draft (required
 * questions unanswered) shows readiness so far and what is missing instead of a design it cannot stand behind.
 */
export function PlanOverview({ plan, download, actions }: Props) {
  const verdict = planVerdict(plan);
  const draft = verdict.tone === 'draft';
  const base = plan.design.layers.filter((l) => l.kind === 'base');
  const { summary } = plan;
  return (
    <section aria-labelledby="summary-heading" className={`overview overview-${verdict.tone}`}>
      <div className="verdict-row">
        <div className="verdict">
          <h2 id="summary-heading" className="kicker">
            Summary
          </h2>
          <p className="verdict-headline">{verdict.headline}</p>
          <p className="verdict-detail">{verdict.detail}</p>
        </div>
        <div className="overview-actions no-print">
          {download}
          {draft && <p className="draft-note">The PDF is marked as a draft.</p>}
          {actions}
        </div>
      </div>
      {draft ? (
        <DraftPanel plan={plan} />
      ) : (
        <>
          <dl className="overview-facts">
            <div>
              <dt>Readiness</dt>
              <dd>{readinessSoFar(plan.readiness)}</dd>
            </div>
            <div>
              <dt>Method</dt>
              <dd>{summary.recommendedMethod?.title ?? 'None: every method is blocked'}</dd>
            </div>
            <div>
              <dt>Segments</dt>
              <dd>{formatRange(summary.segmentRange.min, summary.segmentRange.max)}</dd>
            </div>
            <div>
              <dt>In use</dt>
              <dd>{rolloutLaunchLine(plan.rollout)}</dd>
            </div>
          </dl>
          <AssumedStart rollout={plan.rollout} />
          <div className="overview-grid">
            <div className="overview-card overview-design">
              <h3>The design at a glance</h3>
              <p>{plan.design.headline}</p>
              <DesignPicture layers={base} />
            </div>
            <div className="overview-card">
              <h3>Top risks</h3>
              {summary.topRisks.length === 0 ? (
                <p>None of the common mistakes is flagged by your answers.</p>
              ) : (
                <ol className="top-risks">
                  {summary.topRisks.map((r) => (
                    <li key={r.mistakeId}>
                      <span className={`badge ${r.risk}`}>{RISK_WORD[r.risk]}</span>{' '}
                      <a href={`#${findingAnchor(r.mistakeId)}`}>{r.title}</a>
                    </li>
                  ))}
                </ol>
              )}
            </div>
            <div className="overview-card">
              <h3>Next three actions</h3>
              <ol className="next-actions">
                {summary.nextActions.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ol>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
