import type { Plan } from '../../schema/plan/index.ts';
import { countOf, everyMonths, formatDate, formatDateRange, formatRange, formatScore } from '../../present/format.ts';
import {
  OPEN_STATUS_LABELS,
  openQuestionProblem,
  recommendedMethod,
  methodWeeks,
  phaseWeeks,
  readinessLine,
  rolloutLaunchLine,
  rolloutStartSource,
  weeksChange,
} from '../../present/plan-text.ts';
import { bullets, inline, table } from './escape.ts';
import { reasonLine } from './reasons.ts';
import { designPart } from './design.ts';
import { baseSegmentsLine } from '../../present/design-text.ts';

function readinessPart(plan: Plan): string {
  const { readiness } = plan;
  const rows = readiness.dimensions.map((d) => [d.title, formatScore(d.score), d.level?.label ?? 'Not scored']);
  const details = readiness.dimensions.map((d) => {
    const lines = [
      ...d.raised.map((r) => reasonLine(r, 'Raised: ')),
      ...d.lowered.map((r) => reasonLine(r, 'Lowered: ')),
    ];
    const toAnswer = [...new Set(d.unknown.flatMap((u) => u.questionIds))];
    if (toAnswer.length > 0) lines.push(`Not scored yet: answer ${toAnswer.map((q) => `\`${q}\``).join(', ')}`);
    return `### ${inline(d.title)}\n\n${bullets(lines)}`;
  });
  return [`## Readiness: ${readinessLine(readiness)}`, table(['Dimension', 'Score', 'Level'], rows), ...details].join(
    '\n\n',
  );
}

function findingsPart(plan: Plan): string {
  const flagged = plan.mistakeFindings.filter((f) => f.risk !== 'none');
  const body = flagged.map((f) =>
    [
      `### ${inline(f.title)} (${f.risk} risk)`,
      inline(f.summary),
      `Why: \n${bullets(f.evidence.map((e) => reasonLine(e)))}`,
      `Fix:\n${f.remediation.map((s, i) => `${i + 1}. ${inline(s)}`).join('\n')}`,
    ].join('\n\n'),
  );
  const clear = plan.mistakeFindings.filter((f) => f.risk === 'none').map((f) => inline(f.title));
  return [
    '## Risks',
    ...(body.length > 0 ? body : ['No mistake was flagged.']),
    `Not flagged: ${clear.join(', ') || 'none'}.`,
  ].join('\n\n');
}

function methodPart(plan: Plan): string {
  const { method } = plan;
  const rows = method.ranking.map((m) => [
    String(m.rank),
    m.title,
    m.blocked ? `${m.fit} (blocked)` : String(m.fit),
    m.cost,
    methodWeeks(m),
  ]);
  const { fit: top, note } = recommendedMethod(plan);
  const why =
    top === undefined
      ? []
      : [
          ...top.raised.map((r) => reasonLine(r, `+${r.points}: `)),
          ...top.lowered.map((r) => reasonLine(r, `${r.points}: `)),
        ];
  const blocked = method.ranking
    .filter((m) => m.blocked)
    .map((m) => `${inline(m.title)}: ${m.blockers.map((b) => reasonLine(b)).join('; ')}`);
  return [
    `## Method: ${top === undefined ? 'none recommended (every method is blocked)' : inline(top.title)}`,
    ...(note === null ? [] : [inline(note)]),
    table(['Rank', 'Method', 'Fit', 'Cost', 'Weeks'], rows),
    `Why:\n${bullets(why)}`,
    `Blocked:\n${bullets(blocked)}`,
    `What would change this:\n${bullets(
      method.whatWouldChange.map((w) => inline(w.summary)),
      '_No single or double answer change puts another method first._',
    )}`,
  ].join('\n\n');
}

function segmentsPart(plan: Plan): string {
  const s = plan.segmentCount;
  return [
    `## Segments: ${formatRange(s.min, s.max)}`,
    bullets(s.reasoning.map(inline)),
    ...(s.warnings.length > 0 ? [`Warnings:\n${bullets(s.warnings.map((w) => inline(w.message)))}`] : []),
  ].join('\n\n');
}

function systemsPart(plan: Plan): string {
  const rows = plan.systems.map((s) => [s.title, s.impact, s.owner, s.changes.join('; ')]);
  return [
    '## Systems impact',
    plan.systems.length > 0
      ? table(['System', 'Impact', 'Owner', 'What changes'], rows)
      : 'No system was named as holding the segment.',
  ].join('\n\n');
}

function rolloutPart(plan: Plan): string {
  const { rollout } = plan;
  const rows = rollout.phases.map((p) => [
    String(p.order),
    p.title,
    formatDateRange(p.start, p.end),
    phaseWeeks(p),
    p.owner,
    p.audiences.join(', '),
  ]);
  const changes = rollout.phases.flatMap((p) => [
    ...p.skippedBecause.map((r) => `${inline(p.title)}, skipped: ${inline(r.because)}`),
    ...p.keptBecause.map((r) => `${inline(p.title)}, kept: ${inline(r.because)}`),
    ...p.adjustments.map((a) => `${inline(p.title)}, ${weeksChange(a.addWeeks)}: ${inline(a.because)}`),
  ]);
  return [
    `## Rollout: ${formatDateRange(rollout.start, rollout.end)} (${countOf(rollout.totalWeeks, 'week')})`,
    `The dates count from ${rolloutStartSource(rollout)}. ${rolloutLaunchLine(rollout)}`,
    ...(rollout.deadline?.note == null ? [] : [inline(rollout.deadline.note)]),
    table(['#', 'Phase', 'Dates', 'Weeks', 'Owner', 'Audiences'], rows),
    ...(changes.length === 0 ? [] : [`Why the phases differ from the playbook:\n${bullets(changes)}`]),
  ].join('\n\n');
}

function cadencePart(plan: Plan): string {
  const { cadence } = plan;
  const active = cadence.triggers.filter((t) => t.active).map((t) => `${inline(t.title)} (active now)`);
  const watch = cadence.triggers.map((t) => `${inline(t.title)}: ${inline(t.checkQuestion)}`);
  return [
    '## Review cadence',
    bullets([
      `Design review: ${everyMonths(cadence.design.months)}`,
      `Membership refresh: ${everyMonths(cadence.membership.months)}`,
      `Owner: ${inline(cadence.owner)}`,
      ...active,
    ]),
    `Check at every review:\n${bullets(watch)}`,
  ].join('\n\n');
}

function openPart(plan: Plan): string {
  const items = plan.openQuestions.map(
    (q) =>
      `\`${q.questionId}\` ${inline(q.prompt)} (${OPEN_STATUS_LABELS[q.status].toLowerCase()})${[
        openQuestionProblem(q),
        q.assumption,
      ]
        .filter((t) => t !== null)
        .map((t) => `: ${inline(t)}`)
        .join('')}`,
  );
  const aside = plan.setAside.map((s) => `${s.part} \`${inline(s.key)}\`: ${inline(s.reason)}`);
  return [
    '## Open questions',
    inline(plan.confidence.statement),
    bullets(items),
    ...(aside.length > 0 ? [`Set aside:\n${bullets(aside)}`] : []),
  ].join('\n\n');
}

/** The plan as a Markdown document, for reading or pasting into a wiki. */
export function planToMarkdown(plan: Plan): string {
  const { meta, summary } = plan;
  const head = [
    `# Customer segmentation plan: ${inline(meta.organisation) || 'unnamed organisation'}`,
    `${inline(meta.respondent) || 'Unnamed respondent'}${meta.role === '' ? '' : `, ${inline(meta.role)}`}. Answers dated ${formatDate(meta.date)}. Content version ${plan.contentVersion}.`,
    ...plan.notices.map((n) => `> ${inline(n)}`),
    '## Summary',
    inline(plan.design.headline),
    bullets([
      `Base segments: ${inline(baseSegmentsLine(plan.design)) || 'none'}`,
      `Readiness: ${readinessLine(plan.readiness)}`,
      `Top risks: ${summary.topRisks.map((r) => `${inline(r.title)} (${r.risk})`).join(', ') || 'none flagged'}`,
      `Method: ${summary.recommendedMethod === null ? 'none recommended' : inline(summary.recommendedMethod.title)}`,
      `Segments: ${formatRange(summary.segmentRange.min, summary.segmentRange.max)}`,
      `Confidence: ${plan.confidence.score} of 100 (${plan.confidence.level})`,
    ]),
    `Next actions:\n${summary.nextActions.map((a, i) => `${i + 1}. ${inline(a)}`).join('\n')}`,
  ];
  return `${[...head, readinessPart(plan), findingsPart(plan), methodPart(plan), designPart(plan), segmentsPart(plan), systemsPart(plan), rolloutPart(plan), cadencePart(plan), openPart(plan)].join('\n\n')}\n`;
}
