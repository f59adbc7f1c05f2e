import { z } from 'zod';
import { riskSchema } from './findings.ts';
import { score100 } from './shared.ts';

/** The one-page view: what an executive summary needs, already chosen. */
export const planSummarySchema = z
  .object({
    readinessScore: score100.nullable(),
    readinessLevel: z.string().nullable(),
    /** Up to three findings above `none`, highest risk first, preferring ones raised by different answers (engine/summary.ts). */
    topRisks: z.array(z.object({ mistakeId: z.string(), title: z.string(), risk: riskSchema }).strict()),
    recommendedMethod: z.object({ methodId: z.string(), title: z.string() }).strict().nullable(),
    segmentRange: z.object({ min: z.number().int(), max: z.number().int() }).strict(),
    /** Three concrete next steps, taken from the remediation of the top risks, then from the first rollout phase. */
    nextActions: z.array(z.string()),
  })
  .strict();
export type PlanSummary = z.output<typeof planSummarySchema>;
