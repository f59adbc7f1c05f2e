/**
 * Questions the engine reads by id, beyond what rules say: a few plan parts need an answer
 * itself (a date, a name, a count) rather than a rule's verdict. Each is optional: when the bank
 * does not ask it, the plan falls back and says so.
 */

/** The question whose text answer is the planned rollout start (YYYY-MM-DD). */
export const START_DATE_QUESTION = 'rollout.start-date';
/**
 * The number question for how many segments the organisation uses or plans, if the bank asks it.
 * Read directly because the fact list has no planned-segments fact.
 */
export const PLANNED_SEGMENTS_QUESTION = 'segment-count.planned-segments';
/** The question whose text answer names who owns the reviews, if the bank asks it. */
export const CADENCE_OWNER_QUESTION = 'cadence.owner';
