import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { missingQuestions } from '../../../src/present/plan-status.ts';
import { editHref } from '../../../src/present/links.ts';
import { FindingsSection } from '../../../src/render/web/FindingsSection.tsx';
import { metaLine, PlanView } from '../../../src/render/web/PlanView.tsx';
import type { Plan } from '../../../src/schema/plan/index.ts';
import { fullPlan, partialPlan } from '../pdf/support/plans.ts';

afterEach(cleanup);

const overviewOf = (plan: Plan): HTMLElement => {
  const { container } = render(<PlanView plan={plan} download={<button type="button">Download PDF</button>} />);
  const overview = container.querySelector<HTMLElement>('.overview');
  if (overview === null) throw new Error('no overview');
  return overview;
};

describe('the results page of a draft', () => {
  it('lists every missing question as a link to answer it, and claims no design, risks or actions', () => {
    const plan = partialPlan();
    const missing = missingQuestions(plan);
    const overview = overviewOf(plan);
    expect(overview.className).toContain('overview-draft');
    const links = within(overview)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    for (const q of missing) expect(links).toContain(editHref(q.questionId));
    for (const claim of ['Top risks', 'Next three actions', 'The design at a glance'])
      expect(overview.textContent).not.toContain(claim);
    expect(overview.textContent).toContain('The PDF is marked as a draft.');
  });

  it('keeps the parts built on assumptions in a closed preview', () => {
    const { container } = render(<PlanView plan={partialPlan()} />);
    const preview = container.querySelector('details.draft-preview');
    expect(preview).not.toBeNull();
    expect(preview?.hasAttribute('open')).toBe(false);
    expect(preview?.querySelector('#method-heading')).not.toBeNull();
  });
});

describe('the results page of a complete plan', () => {
  it('opens with the verdict, the design, at most three risks and the next three actions, and no draft mark', () => {
    const plan = fullPlan();
    expect(missingQuestions(plan)).toEqual([]);
    const overview = overviewOf(plan);
    expect(overview.className).not.toContain('overview-draft');
    const text = overview.textContent;
    const order = ['The design at a glance', 'Top risks', 'Next three actions'].map((h) => text.indexOf(h));
    expect(order.every((i) => i > -1)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(overview.querySelectorAll('.top-risks li').length).toBeLessThanOrEqual(3);
    expect(overview.querySelectorAll('.next-actions li').length).toBe(plan.summary.nextActions.length);
    expect(text).not.toContain('draft');
  });
});

describe('FindingsSection', () => {
  it('shows each flagged finding as one closed line, highest risk first, with counts by risk', () => {
    const plan = fullPlan({ answers: { 'readiness.objective': 'none' } });
    const findings = [...plan.mistakeFindings].reverse();
    const { container } = render(<FindingsSection findings={findings} />);
    const items = [...container.querySelectorAll('.findings > li')];
    const flagged = findings.filter((f) => f.risk !== 'none');
    expect(items.length).toBe(flagged.length);
    expect(container.querySelectorAll('.findings details[open]').length).toBe(0);
    const risks = items.map((li) => /risk-(\w+)/.exec(li.className)?.[1]);
    const rank = (r: string | undefined): number => ['high', 'medium', 'low'].indexOf(r ?? '');
    expect(risks.map(rank)).toEqual([...risks.map(rank)].sort((a, b) => a - b));
    const counts = container.querySelector('.risk-counts')?.textContent ?? '';
    for (const risk of ['high', 'medium', 'low'] as const) {
      const n = flagged.filter((f) => f.risk === risk).length;
      if (n > 0) expect(counts).toContain(`${n} ${risk}`);
    }
  });
});

describe('metaLine', () => {
  it('names the organisation and the respondent once, even when the assessment is named after them', () => {
    const plan = fullPlan();
    const { organisation, respondent } = plan.meta;
    const line = metaLine(plan, `${organisation} · ${respondent}`);
    expect(line.split(organisation).length - 1).toBe(1);
    expect(line.split(respondent).length - 1).toBe(1);
    const { role } = plan.meta;
    expect(metaLine(plan, 'Board copy')).toMatch(
      new RegExp(`^Board copy · ${organisation} · ${respondent} \\(${role}\\) · answers dated `),
    );
  });
});
