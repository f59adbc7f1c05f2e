/**
 * The design's invariants (issues 17 and 18), shared by the random-answer properties and the fixture
 * tests: one base layer, a full treatment for every segment, a capacity check that is either computed or
 * names the answers it waits for, and no base layer that uses a method whose defining trait a medium or
 * high finding calls a mistake unless the plan says why in a deliberate trade-off, and a summary that
 * recommends the method the base layer uses.
 */
import type { ContentBundle } from '../../../../src/schema/content-bundle.ts';
import type { Plan } from '../../../../src/schema/plan/index.ts';

/** Why a plan breaks the design invariants, or an empty list. */
export function designProblems(
  content: ContentBundle,
  plan: Plan,
  document: { answers: Record<string, unknown> },
): string[] {
  const problems: string[] = [];
  const base = plan.design.layers.filter((l) => l.kind === 'base');
  if (base.length !== 1) problems.push(`${base.length} base layers`);
  for (const layer of plan.design.layers)
    for (const s of layer.segments) {
      const t = s.treatment;
      if (t.owner.trim() === '' || t.activity.trim() === '' || !(t.callsPerYear >= 0))
        problems.push(`${layer.kind}/${s.id} has no full treatment`);
    }
  for (const c of plan.design.capacity.channels) {
    if (c.utilisation === null && c.missing.length === 0)
      problems.push(`${c.channel} utilisation is unknown but no answer is named as missing`);
    if (c.utilisation !== null && c.missing.length > 0)
      problems.push(`${c.channel} utilisation is computed yet answers are named as missing`);
    for (const id of c.missing) {
      const answer = document.answers[id];
      if (typeof answer === 'number' && answer > 0 && c.channel === 'field')
        problems.push(`${id} is answered (${answer}) but named as missing`);
    }
  }
  const methodId = base[0]?.methodId;
  // The summary recommends what the design builds, never a method the design passed over.
  if (methodId !== undefined && plan.summary.recommendedMethod?.methodId !== methodId)
    problems.push(
      `the summary recommends ${plan.summary.recommendedMethod?.methodId ?? 'nothing'} but the base uses ${methodId}`,
    );
  const method = content.methods.find((m) => m.id === methodId);
  const flagged = new Set(
    plan.mistakeFindings.filter((f) => f.risk === 'medium' || f.risk === 'high').map((f) => f.mistakeId),
  );
  const contradicted = (method?.design.contradictedBy ?? []).filter((c) => flagged.has(c.mistake));
  const said = (base[0]?.reasons ?? []).some((r) => r.ruleId === 'design-deliberate-trade-off' && r.because.length > 0);
  if (contradicted.length > 0 && !said)
    problems.push(
      `the base uses ${methodId ?? '?'} while ${contradicted.map((c) => c.mistake).join(', ')} is flagged, without saying why`,
    );
  return problems;
}
