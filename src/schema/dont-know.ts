// The "don't know" answer without zod, so browser code can use it without loading zod's runtime.

/** The explicit "don't know" answer. It counts as answered for progress, but as unknown for scoring. */
export interface DontKnow {
  readonly dontKnow: true;
}

export const DONT_KNOW: DontKnow = Object.freeze({ dontKnow: true });

export function isDontKnow(value: unknown): value is DontKnow {
  return typeof value === 'object' && value !== null && (value as { dontKnow?: unknown }).dontKnow === true;
}
