/**
 * Facts of the segment design that a condition can test like answers, once the design is built:
 * rollout lines, system rules and cadence rules can then speak of the tiers and channels the plan
 * actually uses (an inside-sales hand-off only when a tier goes to inside sales). They read as
 * multiple-choice answers; they are never shown as questions and cannot decide visibility.
 */
export const DESIGN_FACTS = {
  'design.channels': {
    topic: 'the channels the base segments use',
    options: ['key-account', 'field', 'inside-sales', 'partner', 'digital'],
  },
  'design.layers': {
    topic: 'the layers the design adds to the base',
    options: ['key-accounts', 'partners', 'overlay'],
  },
} as const;

export type DesignFact = keyof typeof DESIGN_FACTS;

/** Whether an id names a design fact rather than a question. */
export const isDesignFact = (id: string): id is DesignFact => Object.hasOwn(DESIGN_FACTS, id);
