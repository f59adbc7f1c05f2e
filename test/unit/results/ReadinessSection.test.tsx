import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadinessSection } from '../../../src/render/web/ReadinessSection.tsx';
import type { Readiness } from '../../../src/schema/plan/index.ts';
import { fullPlan } from '../pdf/support/plans.ts';

afterEach(cleanup);

/** The full plan's readiness, with the first dimension's unscored items replaced. */
function readinessWith(unknown: Readiness['dimensions'][number]['unknown']): Readiness {
  const { readiness } = fullPlan();
  const [first, ...rest] = readiness.dimensions;
  if (first === undefined) throw new Error('the readiness model has no dimensions');
  return { ...readiness, dimensions: [{ ...first, unknown }, ...rest.map((d) => ({ ...d, unknown: [] }))] };
}

describe('ReadinessSection: items that could not be scored', () => {
  it('counts the items that wait for an answer', () => {
    render(
      <ReadinessSection
        readiness={readinessWith([
          { ruleId: 'a', questionIds: ['readiness.objective'] },
          { ruleId: 'b', questionIds: ['readiness.kpi'] },
        ])}
      />,
    );
    expect(screen.getByText(/2 items could not be scored/)).toBeTruthy();
  });

  it('says nothing of an item whose questions the other answers hide, since it does not apply', () => {
    render(
      <ReadinessSection
        readiness={readinessWith([
          { ruleId: 'a', questionIds: [] },
          { ruleId: 'b', questionIds: ['readiness.objective'] },
        ])}
      />,
    );
    expect(screen.getByText(/1 item could not be scored/)).toBeTruthy();
    cleanup();
    render(<ReadinessSection readiness={readinessWith([{ ruleId: 'a', questionIds: [] }])} />);
    expect(screen.queryByText(/could not be scored/)).toBeNull();
  });
});
