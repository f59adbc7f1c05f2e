/** The plan format version. Kept apart from the schemas so the engine can read it without loading zod. */
export const PLAN_SCHEMA_VERSION = 1;
