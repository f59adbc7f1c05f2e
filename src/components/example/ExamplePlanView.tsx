import { PlanView } from '../../render/web/PlanView.tsx';
import type { Plan } from '../../schema/plan/index.ts';

interface Props {
  readonly plan: Plan;
  /** The name above the plan, e.g. "Example plan". */
  readonly name: string;
  /** The example's PDF, built with the site, and the name it downloads under. */
  readonly pdfHref: string;
  readonly pdfName: string;
}

/**
 * The example plan as the results page shows a plan, rendered when the site is built: static HTML
 * with no script, so opening it can neither run nor change anything stored in the browser.
 */
export function ExamplePlanView({ plan, name, pdfHref, pdfName }: Props) {
  return (
    <PlanView
      plan={plan}
      name={name}
      actions={
        <p className="no-print">
          <a href={pdfHref} download={pdfName}>
            Download the example PDF
          </a>{' '}
          · <a href="/quick-check/">Start your own quick check</a> ·{' '}
          <a href="/questionnaire/">Start the full assessment</a>
        </p>
      }
    />
  );
}
