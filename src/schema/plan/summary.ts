import { z } from 'zod';
import { riskSchema } from './findings.ts';
import { score100 } from './shared.ts';

/** The one-page view: what an executive summary needs, already chosen. */
export const planSummarySchema = z
  .object({
    readinessScore: score100.nullable().register(z.globalRegistry, {
      description: 'The overall readiness score, 0 to 100, as in readiness.score; null when nothing could be scored',
    }),
    readinessLevel: z.string().nullable().register(z.globalRegistry, {
      description: 'The label of the readiness level, as in readiness.level.label; null when nothing could be scored',
    }),
    /** Up to three findings above `none`, highest risk first, preferring ones raised by different answers (engine/summary.ts). */
    topRisks: z
      .array(
        z
          .object({
            mistakeId: z.string().describe('The mistakeId of the finding in mistakeFindings'),
            title: z.string().describe("The mistake's title"),
            risk: riskSchema.describe("The finding's risk, always above `none` here"),
          })
          .strict(),
      )
      .register(z.globalRegistry, {
        description:
          'Up to three findings whose risk is above `none`, highest risk first, preferring findings raised by different answers',
      }),
    recommendedMethod: z
      .object({
        methodId: z
          .string()
          .describe(
            "The method the segment design's base layer uses: method.recommended unless that method cannot set coverage or does what a medium or high finding warns against, in which case the base layer's reasons say why",
          ),
        title: z.string().describe("The method's title"),
      })
      .strict()
      .nullable()
      .register(z.globalRegistry, { description: 'The recommended method; null when every method is blocked' }),
    segmentRange: z
      .object({
        min: z.number().int().describe('The fewest segments recommended, as in segmentCount.min'),
        max: z.number().int().describe('The most segments recommended, as in segmentCount.max'),
      })
      .strict()
      .register(z.globalRegistry, { description: 'The recommended number of segments, inclusive' }),
    /** Three concrete next steps, taken from the remediation of the top risks, then from the first rollout phase. */
    nextActions: z.array(z.string()).register(z.globalRegistry, {
      description:
        "Up to three concrete next steps: the first remediation step of each top risk, then the included rollout phases' activities",
    }),
  })
  .strict()
  .register(z.globalRegistry, {
    description:
      'The one-page view: readiness, the top risks, the method, the segment range and next actions, already chosen from the parts below',
  });
export type PlanSummary = z.output<typeof planSummarySchema>;
