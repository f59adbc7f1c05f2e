import { z } from 'zod';
import { reasonSchema } from './evidence.ts';

/** Who delivers a treatment. */
export const CHANNELS = ['key-account', 'field', 'inside-sales', 'partner', 'digital'] as const;
export const channelSchema = z
  .enum(CHANNELS)
  .describe(
    'Who delivers the treatment: key-account managers, field reps, inside sales, a distributor or other partner, or digital channels and marketing only',
  );
export type Channel = z.output<typeof channelSchema>;

/** What a segment gets. */
export const treatmentSchema = z
  .object({
    /** Planned calls or visits per unit per year by the channel's people; 0 for digital or partner-only treatments. */
    callsPerYear: z
      .number()
      .int()
      .min(0)
      .describe("Planned calls or visits per unit per year by the channel's people; 0 when nobody calls"),
    channel: channelSchema,
    /** The role that owns the segment's accounts, in the organisation's own terms. */
    owner: z.string().describe("The role that owns the segment's units, in the organisation's terms"),
    /** What the owner does with these units. */
    activity: z.string().describe('What the owner does with these units: the play in one sentence'),
  })
  .strict()
  .register(z.globalRegistry, {
    description: 'What a segment gets: how often, through which channel, from whom, and what is done',
  });
export type Treatment = z.output<typeof treatmentSchema>;

/** One segment of a layer. */
export const designSegmentSchema = z
  .object({
    id: z.string().describe('Stable id of the segment within its layer, from the method content'),
    name: z.string().describe('The segment name reps and managers use, e.g. "Grow"'),
    /** A plain rule a rep or an analyst could apply to place a unit. */
    rule: z.string().describe('The rule that places a unit in the segment, in plain words'),
    /** Share of the layer's units, 0..1. */
    share: z.number().min(0).max(1).describe("The segment's share of the layer's units, from 0 to 1"),
    /** `assumed`: the method's typical share; `capacity`: sized so the channel's capacity covers it. */
    shareSource: z
      .enum(['assumed', 'capacity'])
      .describe(
        "Where the share comes from: the method's typical share (assumed), or the share the channel's capacity can cover (capacity)",
      ),
    /** Units in the segment (share × the layer's units); null when the number of units is unknown. */
    units: z.number().int().min(0).nullable().register(z.globalRegistry, {
      description: "Units in the segment (share times the layer's units); null when the number of units is unknown",
    }),
    treatment: treatmentSchema,
    /** Ids of the method's default segments merged into this one because their treatments came out the same. */
    mergedFrom: z.array(z.string()).register(z.globalRegistry, {
      description: 'Ids of default segments merged into this one because their treatments were the same; empty if none',
    }),
  })
  .strict()
  .register(z.globalRegistry, {
    description: 'One segment: its name, the rule that places a unit in it, its size and its treatment',
  });
export type DesignSegment = z.output<typeof designSegmentSchema>;

export const LAYER_KINDS = ['base', 'key-accounts', 'partners', 'overlay'] as const;

/** One layer of the design. */
export const designLayerSchema = z
  .object({
    kind: z
      .enum(LAYER_KINDS)
      .describe(
        'base: who gets how much effort (every unit has one base segment); key-accounts: named accounts or groups with their own owners; partners: tiers of distributors, dealers or brokers; overlay: message, channel or behaviour segments inside the base',
      ),
    methodId: z.string().describe('The method that builds the layer (an id in content/methods)'),
    methodTitle: z.string().describe("The method's title"),
    /** The unit the layer segments, as a plural noun ("sites", "groups", "people"). */
    unit: z.string().describe('The unit the layer segments, as a plural noun, e.g. "sites" or "groups"'),
    /** How many units the layer places; null when unknown. */
    universe: z.number().int().min(0).nullable().register(z.globalRegistry, {
      description: 'How many units the layer places; null when the answers do not give it',
    }),
    /** What the layer decides, in one sentence. */
    purpose: z.string().describe('What the layer decides, in one sentence'),
    /** Why the layer is there, with the answers that call for it. */
    reasons: z.array(reasonSchema).register(z.globalRegistry, {
      description: 'Why the layer is there: the rules that called for it and their answers',
    }),
    segments: z
      .array(designSegmentSchema)
      .describe(
        'The segments, highest effort first; for an overlay built from research, the segments it is expected to find',
      ),
    /** The number of segments for this layer, inclusive. */
    count: z
      .object({
        min: z.number().int().min(1).describe('Fewest segments the layer should have'),
        max: z.number().int().min(1).describe('Most segments the layer should have'),
      })
      .strict()
      .register(z.globalRegistry, { description: 'The recommended number of segments for this layer, inclusive' }),
    /** How the count follows from the design, in one or two sentences. */
    countReason: z.string().describe('How the count follows from treatments, units and capacity'),
    /** For a two-axis base: which segment each cell of the grid belongs to, for the one-glance picture. */
    grid: z
      .object({
        rowLabel: z.string().describe('What the rows measure, e.g. "Potential"'),
        columnLabel: z.string().describe('What the columns measure, e.g. "Adoption"'),
        rows: z
          .array(z.string())
          .register(z.globalRegistry, { description: 'Row values, highest first, e.g. ["High", "Mid", "Low"]' }),
        columns: z
          .array(z.string())
          .register(z.globalRegistry, { description: 'Column values, left to right, e.g. ["None", "Some", "Most"]' }),
        cells: z.array(z.array(z.string())).register(z.globalRegistry, {
          description: 'For each row, the id of the segment in each column (a merged segment keeps its first id)',
        }),
      })
      .strict()
      .nullable()
      .register(z.globalRegistry, {
        description: 'For a two-axis base layer, the grid of segments; null for a one-axis layer',
      }),
    /** For a key-account layer: the named accounts and the book each manager carries. */
    books: z
      .object({
        accounts: z
          .number()
          .int()
          .min(0)
          .nullable()
          .register(z.globalRegistry, { description: 'Named key accounts or groups; null when unknown' }),
        managers: z
          .number()
          .int()
          .min(0)
          .nullable()
          .register(z.globalRegistry, { description: 'Key-account managers; null when unknown' }),
        perManager: z.number().min(0).nullable().register(z.globalRegistry, {
          description: 'Named accounts per manager, one decimal; null when either figure is unknown',
        }),
        advice: z.string().nullable().register(z.globalRegistry, {
          description: 'What to do about the book size; null when it is in the normal range',
        }),
      })
      .strict()
      .nullable()
      .register(z.globalRegistry, {
        description: 'For a key-account layer, the named accounts and the book each manager carries; null otherwise',
      }),
  })
  .strict()
  .register(z.globalRegistry, { description: 'One layer of the segment design' });
export type DesignLayer = z.output<typeof designLayerSchema>;

/** The capacity arithmetic for one channel. */
export const channelCapacitySchema = z
  .object({
    channel: channelSchema,
    /** People in the channel; null when not answered. */
    people: z
      .number()
      .int()
      .min(0)
      .nullable()
      .register(z.globalRegistry, { description: 'People working the channel; null when not answered' }),
    /** Calls or conversations one person delivers in a year; null when not answered. */
    perPerson: z.number().min(0).nullable().register(z.globalRegistry, {
      description: 'Calls or conversations one person delivers in a year; null when not answered',
    }),
    /** people × perPerson; null when either is unknown. */
    supply: z
      .number()
      .min(0)
      .nullable()
      .register(z.globalRegistry, { description: 'Capacity in calls a year: people times calls per person' }),
    /** Σ over segments in the channel of units × calls per year; null when the number of units is unknown. */
    demand: z.number().min(0).nullable().register(z.globalRegistry, {
      description: 'Calls a year the design asks of the channel: the sum over its segments of units times calls',
    }),
    /** The terms of the demand: each segment the channel calls on, with its units and calls a year. */
    demandBy: z
      .array(
        z
          .object({
            segmentId: z.string().describe('The segment, by its id in its layer'),
            name: z.string().describe('The segment as the plan names it'),
            units: z.number().min(0).describe('Units (or named accounts) in the segment'),
            callsPerYear: z.number().min(0).describe('Calls or conversations a year each unit gets'),
          })
          .strict(),
      )
      .register(z.globalRegistry, {
        description:
          'The terms of the demand, one per segment the channel calls on (base segments, and named accounts the channel owns), whose units are known; they add up to `demand` when it is known',
      }),
    /** demand ÷ supply, e.g. 0.86; null when either is unknown. */
    utilisation: z
      .number()
      .min(0)
      .nullable()
      .register(z.globalRegistry, { description: 'Demand divided by supply, e.g. 0.86; null when unknown' }),
    /** The question ids whose answers are missing for this arithmetic. */
    missing: z
      .array(z.string())
      .register(z.globalRegistry, { description: 'Questions whose answers the arithmetic needs and does not have' }),
  })
  .strict()
  .register(z.globalRegistry, { description: 'The capacity arithmetic for one channel' });
export type ChannelCapacity = z.output<typeof channelCapacitySchema>;

/** Whether the field can deliver the design, and what was or should be done. */
export const capacityBalanceSchema = z
  .object({
    channels: z
      .array(channelCapacitySchema)
      .register(z.globalRegistry, { description: 'One entry per channel that makes planned calls' }),
    /** `within` 70–100% of field capacity, `over`, `under`, or `unknown` when numbers are missing. */
    status: z
      .enum(['within', 'over', 'under', 'unknown'])
      .describe('Field utilisation against the 70–100% band: within, over, under, or unknown when numbers are missing'),
    /** Units that get any personal coverage (field, key-account or inside sales) ÷ all units; null when unknown. */
    reach: z.number().min(0).max(1).nullable().register(z.globalRegistry, {
      description: 'Share of units that get personal coverage (field, key account or inside sales); null when unknown',
    }),
    /** What the engine changed to bring utilisation into the band, in order. */
    adjustments: z.array(z.string()).register(z.globalRegistry, {
      description: "What was changed from the method's default design to fit capacity, in order",
    }),
    /** What to do next, when utilisation is outside the band or figures are missing. */
    advice: z.array(z.string()).register(z.globalRegistry, {
      description: 'What to do when utilisation is outside the band or figures are missing',
    }),
  })
  .strict()
  .register(z.globalRegistry, { description: 'Whether the people available can deliver the design' });
export type CapacityBalance = z.output<typeof capacityBalanceSchema>;

/** What the plan hands over: layers, segments, treatments and the capacity check. */
export const designSchema = z
  .object({
    layers: z.array(designLayerSchema).min(1).register(z.globalRegistry, { description: 'The layers, base first' }),
    capacity: capacityBalanceSchema,
    /** Assumptions the design rests on, in plain sentences (e.g. shares where no data gives them). */
    assumptions: z
      .array(z.string())
      .register(z.globalRegistry, { description: 'What the design assumed where the answers gave no figure' }),
    /** The design in one sentence, for the executive summary. */
    headline: z.string().describe('The design in one sentence, for the executive summary'),
  })
  .strict()
  .register(z.globalRegistry, {
    description: 'The segment design: layers, segments, treatments and whether the field can deliver them',
  });
export type Design = z.output<typeof designSchema>;
