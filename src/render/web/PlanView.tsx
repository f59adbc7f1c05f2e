import type { ReactNode } from 'react';
import type { Plan } from '../../schema/plan/index.ts';
import { AlignmentSection } from './AlignmentSection.tsx';
import { CadenceSection } from './CadenceSection.tsx';
import { DesignSection } from './DesignSection.tsx';
import { FindingsSection } from './FindingsSection.tsx';
import { formatDate } from '../../present/format.ts';
import { MethodSection } from './MethodSection.tsx';
import { OpenQuestionsSection } from './OpenQuestionsSection.tsx';
import { ReadinessSection } from './ReadinessSection.tsx';
import { RolloutSection } from './RolloutSection.tsx';
import { SegmentCountSection } from './SegmentCountSection.tsx';
import { SetAsideSection } from './SetAsideSection.tsx';
import { SummarySection } from './SummarySection.tsx';
import { SystemsSection } from './SystemsSection.tsx';

interface Props {
  readonly plan: Plan;
  /** The assessment's name, shown above the plan. */
  readonly name: string;
  /** Buttons and links shown under the name (edit, print, download, save a copy). */
  readonly actions?: ReactNode;
  /**
   * `quick`: the quick check's short plan, without the systems, rollout, cadence and open questions
   * its few answers cannot support (the quick result lists what would change instead).
   */
  readonly extent?: 'full' | 'quick';
}

/** The whole plan, each part with its reasons. Used for the respondent's own results, shared links and workshops. */
export function PlanView({ plan, name, actions, extent = 'full' }: Props) {
  const full = extent === 'full';
  return (
    <div className="results">
      <p className="results-meta">
        {name}
        {plan.meta.organisation !== '' && plan.meta.organisation !== name && ` · ${plan.meta.organisation}`}
        {plan.meta.respondent !== '' && ` · ${plan.meta.respondent}`}
        {plan.meta.role !== '' && ` (${plan.meta.role})`} · answers dated {formatDate(plan.meta.date)}
      </p>
      {actions}
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
      <SummarySection plan={plan} />
      <DesignSection design={plan.design} answerSheet={plan.answerSheet} />
      <ReadinessSection readiness={plan.readiness} />
      <FindingsSection findings={plan.mistakeFindings} />
      {plan.alignment !== undefined && <AlignmentSection findings={plan.alignment.findings} />}
      <MethodSection method={plan.method} />
      <SegmentCountSection count={plan.segmentCount} />
      {full && <SystemsSection systems={plan.systems} />}
      {full && <RolloutSection rollout={plan.rollout} />}
      {full && <CadenceSection cadence={plan.cadence} />}
      {full && <OpenQuestionsSection open={plan.openQuestions} confidence={plan.confidence} />}
    </div>
  );
}
