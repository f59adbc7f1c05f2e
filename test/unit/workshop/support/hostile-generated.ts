/**
 * The text of a generated hostile case too large to commit (see test/fixtures/hostile/generate.ts),
 * or null for a case with a file. The 20 MB cases are built by the tests that need them.
 */
export function generatedHostileText(name: string): string | null {
  if (name !== 'generated:100000-item-list') return null;
  return JSON.stringify({
    schemaVersion: 1,
    contentVersion: '1.1.0',
    meta: { organisation: 'Acme Pharma', respondent: 'Ann Lee', role: 'Sales VP', date: '2025-06-16' },
    answers: { 'method.data': Array.from({ length: 100_000 }, () => 'x'), 'segment-count.reps': 1e308 },
    notes: {},
  });
}
