import { describe, expect, it } from 'vitest';
import { answersDocumentSchema, storedDocumentSchema } from '../../../src/schema/answers.ts';
import {
  addResponse,
  createWorkshop,
  parseWorkshop,
  removeResponse,
  replaceResponse,
  responseFromDocument,
  setConsensus,
  type Workshop,
} from '../../../src/workshop/workshop-model.ts';
import * as z from 'zod/mini';
import { answerFixtures } from './support/responses.ts';
import { response } from './support/team.ts';

/** Freeze a value all the way down, so any mutation by the code under test throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const setup = { client: 'Acme Pharma', date: '2025-06-16', participants: [{ name: 'Ann Lee', role: 'Sales VP' }] };
const withAnn = (): Workshop =>
  deepFreeze({
    ...createWorkshop(setup, 'workshop-1'),
    responses: [response('Ann Lee', 'Sales VP', { 'method.goal': 'messaging' })],
  });

describe('the workshop model', () => {
  it('adds a response from a new respondent without changing the workshop it was given', () => {
    const workshop = withAnn();
    const result = addResponse(workshop, response('Bob', 'Marketing', {}));
    expect('workshop' in result && result.workshop.responses.map((r) => r.respondent)).toEqual(['Ann Lee', 'Bob']);
    expect(workshop.responses).toHaveLength(1);
  });

  it.each(['Ann Lee', '  ann lee ', 'ANN LEE'])(
    'reports "%s" as the same respondent, for the facilitator to confirm',
    (name) => {
      const workshop = withAnn();
      const incoming = response(name, 'Sales VP', { 'method.goal': 'call-allocation' });
      const result = addResponse(workshop, incoming);
      expect(result).toEqual({ conflict: { existing: workshop.responses[0], incoming } });
    },
  );

  it('does not treat different people, or two unnamed responses, as the same respondent', () => {
    expect('workshop' in addResponse(withAnn(), response('Ann Leigh', 'Sales VP', {}))).toBe(true);
    const unnamed = { ...withAnn(), responses: [response('', 'Rep', {})] };
    expect('workshop' in addResponse(unnamed, response('  ', 'Rep', {}))).toBe(true);
  });

  it('replaces the earlier response in its place once confirmed, or adds it when there is none', () => {
    const workshop = deepFreeze({
      ...withAnn(),
      responses: [...withAnn().responses, response('Bob', 'Marketing', {})],
    });
    const incoming = response('ann lee', 'Sales VP', { 'method.goal': 'call-allocation' });
    const replaced = replaceResponse(workshop, incoming);
    expect(replaced.responses.map((r) => r.respondent)).toEqual(['ann lee', 'Bob']);
    expect(replaced.responses[0]?.document.answers['method.goal']).toBe('call-allocation');
    expect(replaceResponse(workshop, response('Cy', 'Finance', {})).responses).toHaveLength(3);
    expect(removeResponse(workshop, 0).responses.map((r) => r.respondent)).toEqual(['Bob']);
  });

  it('records and clears consensus decisions without mutation, refusing a prototype key', () => {
    const workshop = withAnn();
    const decided = setConsensus(workshop, 'method.goal', { value: 'messaging', note: 'Agreed.' });
    expect(decided.consensus).toEqual({ 'method.goal': { value: 'messaging', note: 'Agreed.' } });
    expect(setConsensus(decided, 'method.goal', null).consensus).toEqual({});
    expect(setConsensus(workshop, '__proto__', { value: 'x' })).toBe(workshop);
    expect(Object.getPrototypeOf(decided.consensus)).toBe(Object.prototype);
  });

  it("takes a response's respondent and role from the imported document", () => {
    const doc = answerFixtures()[0];
    if (doc === undefined) throw new Error('no fixtures');
    const r = responseFromDocument(
      { ...doc, meta: { ...doc.meta, respondent: ' Priya ', role: ' VP Marketing ' } },
      new Date(Date.UTC(2025, 5, 16)),
    );
    expect(r).toMatchObject({ respondent: 'Priya', role: 'VP Marketing', importedAt: '2025-06-16T00:00:00.000Z' });
  });

  describe('parsing a stored workshop', () => {
    it('reads back what it stored', () => {
      const [lastTime] = answerFixtures();
      if (lastTime === undefined) throw new Error('no fixtures');
      const workshop = setConsensus(
        { ...withAnn(), previous: { label: 'March 2025', document: lastTime } },
        'method.goal',
        { value: null },
      );
      expect(parseWorkshop(JSON.parse(JSON.stringify(workshop)))).toEqual({ ok: true, workshop });
    });

    it.each([
      ['a wrong date', (w: Workshop) => ({ ...w, date: '2025-02-30' }), 'date'],
      ['an unknown storage version', (w: Workshop) => ({ ...w, storageVersion: 2 }), 'storageVersion'],
      [
        'a response without a document',
        (w: Workshop) => ({ ...w, responses: [{ respondent: 'A', role: 'B', importedAt: 'x' }] }),
        'responses.0.document',
      ],
      [
        'an answer of the wrong shape',
        (w: Workshop) => ({ ...w, consensus: { 'method.goal': { value: { dontKnow: false } } } }),
        'consensus',
      ],
      ['an unexpected field', (w: Workshop) => ({ ...w, extra: 1 }), 'the workshop'],
      ['not an object', () => 'workshop', 'the workshop'],
    ])('refuses %s, naming the field', (_, change, field) => {
      const result = parseWorkshop(change(withAnn()));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toContain(field);
    });

    it('refuses prototype keys and deep nesting without polluting anything', () => {
      const polluted = JSON.parse(`{"storageVersion":1,"consensus":{"__proto__":{"polluted":"yes"}}}`) as unknown;
      expect(parseWorkshop(polluted)).toEqual({
        ok: false,
        reason: 'consensus.__proto__: the key "__proto__" is not allowed',
      });
      let deep: unknown = 1;
      for (let i = 0; i < 10_000; i += 1) deep = [deep];
      expect(parseWorkshop({ storageVersion: 1, consensus: deep })).toMatchObject({ ok: false });
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });

  it('stores every answers document the published schema accepts', () => {
    for (const fixture of answerFixtures()) {
      expect(answersDocumentSchema.safeParse(fixture).success).toBe(true);
      expect(z.safeParse(storedDocumentSchema, fixture).success).toBe(true);
    }
  });
});
