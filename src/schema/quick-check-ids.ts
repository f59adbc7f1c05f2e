// Without zod, so the quick check's pages can list its questions without loading zod's runtime.

/** Every question the quick check asks, in the order it asks them. */
export function quickCheckQuestionIds(quickCheck: {
  readonly steps: readonly { readonly questions: readonly string[] }[];
}): string[] {
  return quickCheck.steps.flatMap((s) => s.questions);
}
