import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/engine/build-plan.ts';
import { sectionSchema } from '../../../src/schema/question.ts';
import { answersDoc, SYNTHETIC, syntheticContent } from './support/synthetic-content.ts';

const count = (answers: Record<string, number>) => buildPlan(SYNTHETIC, answersDoc(answers)).segmentCount;
const fact = (c: ReturnType<typeof count>, name: string) => c.facts.find((f) => f.fact === name);

describe('segment count', () => {
  it("counts the design's base segments when nothing limits them further", () => {
    // The method's design has four default segments, each with its own treatment (DOMAIN.md I).
    const c = count({ 'segment-count.reps': 100, 'segment-count.accounts': 20_000, 'segment-count.treatments': 5 });
    expect([c.min, c.max]).toEqual([4, 4]);
    expect(c.warnings).toEqual([]);
    expect(c.reasoning.at(-1)).toBe('Recommended: 4 base segments.');
  });

  it('merges design segments down to the treatments the company can fund, and says so', () => {
    const plan = buildPlan(
      SYNTHETIC,
      answersDoc({ 'segment-count.reps': 100, 'segment-count.accounts': 20_000, 'segment-count.treatments': 3 }),
    );
    expect([plan.segmentCount.min, plan.segmentCount.max]).toEqual([3, 3]);
    expect(plan.design.layers[0]?.segments).toHaveLength(3);
    expect(plan.design.capacity.adjustments.join(' ')).toMatch(/merged: you can fund 3 distinct treatments/);
  });

  it('takes a fact from the first rule that yields a value, in file order', () => {
    const small = count({ 'segment-count.reps': 5 });
    expect(fact(small, 'maxSegmentsRepsCanCarry')).toMatchObject({ value: 4, source: { ruleId: 'carry-small' } });
    const large = count({ 'segment-count.reps': 50 });
    expect(fact(large, 'maxSegmentsRepsCanCarry')).toMatchObject({ value: 6, source: { ruleId: 'carry' } });
    expect(fact(large, 'reps')?.source?.evidence[0]).toMatchObject({
      questionId: 'segment-count.reps',
      answerLabels: ['50 reps'],
    });
  });

  it('quotes 1 with the singular unit and any other number with the plural', () => {
    const one = count({ 'segment-count.reps': 1, 'segment-count.accounts': 1 });
    expect(fact(one, 'reps')?.source?.evidence[0]?.answerLabels).toEqual(['1 rep']);
    expect(fact(one, 'accounts')?.source?.evidence[0]?.answerLabels).toEqual(['1 account']);
    const many = count({ 'segment-count.reps': 1_000 });
    expect(fact(many, 'reps')?.source?.evidence[0]?.answerLabels).toEqual(['1,000 reps']);
  });

  it('leaves an unanswered fact null and says which check it skipped', () => {
    const c = count({});
    expect(fact(c, 'accounts')).toEqual({ fact: 'accounts', value: null, source: null });
    expect(c.reasoning.join(' ')).toMatch(/territory-size check was not made/);
  });

  it('caps the range at the treatments the company can fund', () => {
    const c = count({ 'segment-count.reps': 100, 'segment-count.accounts': 20_000, 'segment-count.treatments': 2 });
    expect([c.min, c.max, c.ceiling]).toEqual([2, 2, 2]);
  });

  it('warns when more treatments are planned than reps can carry', () => {
    const c = count({ 'segment-count.reps': 5, 'segment-count.accounts': 5_000, 'segment-count.treatments': 7 });
    expect(c.warnings.map((w) => w.id)).toContain('more-treatments-than-reps-carry');
    expect(c.max).toBe(4);
  });

  it('warns when territories are too small for the typical number of segments, and merges field segments to fit', () => {
    // 300 accounts / 15 reps = 20 per rep; at 10 per rep per segment, room for 2 segments with field
    // visits. The segment served digitally needs no place in every territory, so it stays.
    const answers = { 'segment-count.reps': 15, 'segment-count.accounts': 300, 'segment-count.treatments': 5 };
    const c = count(answers);
    expect(c.warnings.map((w) => w.id)).toContain('segments-too-small');
    expect([c.min, c.max]).toEqual([3, 3]);
    const base = buildPlan(SYNTHETIC, answersDoc(answers)).design.layers[0];
    expect(base?.segments.filter((s) => s.treatment.channel === 'field')).toHaveLength(2);
  });

  it('warns when call capacity cannot reach every account', () => {
    const c = count({ 'segment-count.reps': 10, 'segment-count.accounts': 9_000_000, 'segment-count.treatments': 5 });
    expect(c.warnings.map((w) => w.id)).toContain('capacity-below-accounts');
  });

  it('warns when the answers leave room for fewer than two field segments', () => {
    // 50 accounts / 10 reps = 5 per rep: room for one segment with field visits, beside the digital one.
    const answers = { 'segment-count.reps': 10, 'segment-count.accounts': 50, 'segment-count.treatments': 5 };
    const c = count(answers);
    expect([c.min, c.max]).toEqual([2, 2]);
    expect(c.warnings.map((w) => w.id)).toContain('too-few-segments');
    const base = buildPlan(SYNTHETIC, answersDoc(answers)).design.layers[0];
    expect(base?.segments.filter((s) => s.treatment.channel === 'field')).toHaveLength(1);
  });

  it('warns when the planned segments exceed what reps can carry or leave segments too small', () => {
    const content = syntheticContent({
      sections: SYNTHETIC.sections.map((section) =>
        section.id !== 'segment-count'
          ? section
          : sectionSchema.parse({
              ...section,
              questions: [
                ...section.questions,
                {
                  id: 'segment-count.planned-segments',
                  type: 'number',
                  prompt: 'How many segments?',
                  help: 'h',
                  topic: 'planned segments',
                  unit: 'segments',
                  unitOne: 'segment',
                  min: 1,
                  max: 100,
                  integer: true,
                },
              ],
            }),
      ),
    });
    // 1,000 accounts / 20 reps / 8 segments = 6.25 per segment, under 10; 8 > 6 that reps carry.
    const plan = buildPlan(
      content,
      answersDoc({
        'segment-count.reps': 20,
        'segment-count.accounts': 1_000,
        'segment-count.treatments': 5,
        'segment-count.planned-segments': 8,
      }),
    );
    expect(plan.segmentCount.warnings.map((w) => w.id)).toEqual([
      'more-segments-than-reps-carry',
      'segments-too-small',
    ]);
    expect(plan.segmentCount.warnings[1]?.message).toMatch(/about 6\.3 accounts in each/);
    expect(plan.segmentCount.reasoning).toContain('You use or plan 8 segments.');
  });
});
