/**
 * Context answers that contradict each other (issue 17, "bad input"): each conflict rule in
 * content/rules/conflicts.yaml turns into an open question with the status `conflict`, the reason and
 * the answers involved, and never a crash or a silent default; an unusable count (zero reps) is an
 * `invalid` open question saying why. No realistic fixture contradicts itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswersJson } from '../../../../src/engine/answers/parse.ts';
import { buildPlan } from '../../../../src/engine/build-plan.ts';
import type { LooseAnswersDocument } from '../../../../src/schema/answers.ts';
import type { AnswerValue } from '../../../../src/schema/answer-value.ts';
import { planSchema } from '../../../../src/schema/plan/index.ts';
import { CASES_DIR } from '../../../support/expert-cases.ts';
import { PROJECT_ROOT, realContent } from '../support/real-content.ts';

const content = realContent();
const document = (answers: Record<string, AnswerValue>): LooseAnswersDocument => ({
  schemaVersion: 1,
  contentVersion: content.settings.contentVersion,
  meta: { organisation: 'Conflict test', respondent: 'Test', role: 'Test', date: '2026-03-02' },
  answers,
  notes: {},
});
const conflicts = (answers: Record<string, AnswerValue>) =>
  buildPlan(content, document(answers)).openQuestions.filter((q) => q.status === 'conflict');

describe('contradicting answers', () => {
  it.each<[string, Record<string, AnswerValue>, string, string[]]>([
    [
      'more networks than practices',
      { 'organisation.decision-level': 'shared', 'organisation.parent-count': 1400, 'segment-count.accounts': 1200 },
      'organisation.parent-count',
      ['segment-count.accounts', 'organisation.parent-count'],
    ],
    [
      'more key accounts than accounts',
      { 'organisation.route': ['key-account'], 'segment-count.key-accounts': 500, 'segment-count.accounts': 80 },
      'segment-count.key-accounts',
      ['segment-count.key-accounts', 'segment-count.accounts'],
    ],
    [
      'market data held where none exists',
      { 'organisation.market-data': 'none', 'method.data': ['market-data', 'transactions'] },
      'method.data',
      ['method.data', 'organisation.market-data'],
    ],
    [
      'no data held though market data covers the base',
      { 'organisation.market-data': 'full', 'method.data': ['none'] },
      'method.data',
      ['method.data', 'organisation.market-data'],
    ],
    [
      'groups decide though no unit is in one',
      { 'organisation.decision-level': 'above', 'organisation.grouped-share': 0 },
      'organisation.grouped-share',
      ['organisation.decision-level', 'organisation.grouped-share'],
    ],
  ])('%s is an open question naming both answers', (_what, answers, questionId, quoted) => {
    const plan = buildPlan(content, document(answers));
    expect(planSchema.safeParse(plan).success).toBe(true);
    const found = plan.openQuestions.filter((q) => q.status === 'conflict');
    expect(found.map((q) => q.questionId)).toEqual([questionId]);
    const [conflict] = found;
    expect(conflict?.problem?.length).toBeGreaterThan(40);
    expect(conflict?.evidence.map((e) => e.questionId).sort()).toEqual([...quoted].sort());
    expect(conflict?.evidence.every((e) => e.status === 'answered' && e.answerLabels.length > 0)).toBe(true);
  });

  it('says nothing when the same answers are consistent', () => {
    expect(
      conflicts({
        'organisation.decision-level': 'shared',
        'organisation.parent-count': 140,
        'segment-count.accounts': 1200,
        'organisation.market-data': 'partial',
        'method.data': ['market-data', 'transactions'],
        'organisation.grouped-share': 40,
      }),
    ).toEqual([]);
  });

  it('says why a count of zero reps cannot be used, as an open question', () => {
    const plan = buildPlan(content, document({ 'organisation.route': ['field'], 'segment-count.reps': 0 }));
    const reps = plan.openQuestions.find((q) => q.questionId === 'segment-count.reps');
    expect(reps?.status).toBe('invalid');
    expect(reps?.problem).toMatch(/0 is out of range/);
    expect(plan.setAside.map((s) => s.key)).toContain('segment-count.reps');
  });

  const fixtures = [join(PROJECT_ROOT, 'test', 'fixtures', 'answers'), CASES_DIR].flatMap((folder) =>
    readdirSync(folder)
      .filter((n) => n.endsWith('.json'))
      .map((n) => join(folder, n)),
  );
  it.each(fixtures.map((f) => [f.slice(PROJECT_ROOT.length + 1), f]))('%s has no contradiction', (_name, file) => {
    const parsed = parseAnswersJson(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    expect(buildPlan(content, parsed.document).openQuestions.filter((q) => q.status === 'conflict')).toEqual([]);
  });
});
