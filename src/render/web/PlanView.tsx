import { type ReactNode, useEffect } from 'react';
import type { Plan } from '../../schema/plan/index.ts';
import { AlignmentSection } from './AlignmentSection.tsx';
import { CadenceSection } from './CadenceSection.tsx';
import { DesignSection } from './DesignSection.tsx';
import { FindingsSection } from './FindingsSection.tsx';
import { formatDate } from '../../present/format.ts';
import { isProvisional } from '../../present/plan-status.ts';
import { MethodSection } from './MethodSection.tsx';
import { OpenQuestionsSection } from './OpenQuestionsSection.tsx';
import { PlanOverview } from './PlanOverview.tsx';
import { ReadinessSection } from './ReadinessSection.tsx';
import { RolloutSection } from './RolloutSection.tsx';
import { SegmentCountSection } from './SegmentCountSection.tsx';
import { SetAsideSection } from './SetAsideSection.tsx';
import { SystemsSection } from './SystemsSection.tsx';

interface Props {
  readonly plan: Plan;
  /** The assessment's name, shown above the plan; left out where it would only repeat the organisation. */
  readonly name?: string;
  /** The Download PDF button, shown large on the first screen. */
  readonly download?: ReactNode;
  /** Other buttons and links shown under it (edit, print, save a copy). */
  readonly actions?: ReactNode;
  /**
   * `quick`: the quick check's short plan, without the systems, rollout, cadence and open questions
   * its few answers cannot support (the quick result lists what would change instead), and never a
   * draft: the quick result states its own confidence.
   */
  readonly extent?: 'full' | 'quick';
}

/**
 * Who and when, each part once: the assessment's name, the organisation, the respondent and role, the
 * date. A name made of the organisation and the respondent (a saved copy of a shared plan is named so)
 * does not repeat them.
 */
export function metaLine(plan: Plan, name = ''): string {
  const { organisation, respondent, role } = plan.meta;
  const parts = name
    .split(' · ')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const org = organisation.trim();
  if (org !== '' && !parts.includes(org)) parts.push(org);
  const person = respondent.trim();
  const who = person !== '' ? `${person}${role.trim() !== '' ? ` (${role.trim()})` : ''}` : role.trim();
  const named = person === '' ? -1 : parts.indexOf(person);
  if (named >= 0) parts[named] = who;
  else if (who !== '' && !parts.includes(who)) parts.push(who);
  return [...parts, `answers dated ${formatDate(plan.meta.date)}`].join(' · ');
}

/** Opens the finding a link such as `#finding-no-goal` points at, so the reader lands on its explanation. */
function useHashOpensFinding(): void {
  useEffect(() => {
    const open = (): void => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (id === '') return;
      const details = document.getElementById(id)?.querySelector('details');
      if (details !== null && details !== undefined) details.open = true;
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
}

/**
 * The whole plan, each part with its reasons: first the screen that answers "what now?", then the
 * detail. A draft (required questions unanswered) shows readiness, the findings so far and the open
 * questions, and keeps the rest, built on assumptions, behind a closed "preview". Used for the
 * respondent's own results, shared links and workshops.
 */
export function PlanView({ plan, name, download, actions, extent = 'full' }: Props) {
  useHashOpensFinding();
  const full = extent === 'full';
  const draft = full && isProvisional(plan);
  const design = <DesignSection design={plan.design} answerSheet={plan.answerSheet} />;
  const rest = (
    <>
      <MethodSection plan={plan} />
      <SegmentCountSection count={plan.segmentCount} />
      {full && <SystemsSection systems={plan.systems} />}
      {full && <RolloutSection rollout={plan.rollout} />}
      {full && <CadenceSection cadence={plan.cadence} />}
    </>
  );
  return (
    <div className={draft ? 'results draft' : 'results'}>
      <p className="results-meta">{metaLine(plan, name)}</p>
      <PlanOverview plan={plan} download={download} actions={actions} />
      {plan.notices.length > 0 && (
        <div className="notice" role="status">
          <ul>
            {plan.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <SetAsideSection entries={plan.setAside} />
      {draft ? (
        <>
          <ReadinessSection readiness={plan.readiness} />
          <FindingsSection findings={plan.mistakeFindings} soFar />
          <OpenQuestionsSection open={plan.openQuestions} confidence={plan.confidence} />
          <details className="draft-preview result-section">
            <summary>Preview the rest of the draft: design, method, systems and rollout, built on assumptions</summary>
            {design}
            {rest}
          </details>
        </>
      ) : (
        <>
          {design}
          <ReadinessSection readiness={plan.readiness} />
          <FindingsSection findings={plan.mistakeFindings} />
          {plan.alignment !== undefined && <AlignmentSection findings={plan.alignment.findings} />}
          {rest}
          {full && <OpenQuestionsSection open={plan.openQuestions} confidence={plan.confidence} />}
        </>
      )}
    </div>
  );
}
