import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersDocument, parseAnswersJson } from '../../../src/engine/answers/parse.ts';

const valid = {
  schemaVersion: 1,
  contentVersion: '1.0.0',
  meta: { organisation: 'Acme', respondent: 'Ann', role: 'VP', date: '2025-03-03' },
  answers: {
    'readiness.objective': 'written',
    'method.data': ['survey'],
    'segment-count.reps': 12,
    'x.y': { dontKnow: true },
    'z.z': null,
  },
  notes: { 'readiness.objective': 'Agreed in the kick-off.' },
};

function problemsOf(text: string): { path: string; message: string }[] {
  const result = parseAnswersJson(text);
  if (result.ok) throw new Error('expected the document to be rejected');
  return [...result.problems];
}

describe('parsing an answers document', () => {
  it('accepts a valid document and keeps every answer as written', () => {
    const result = parseAnswersJson(JSON.stringify(valid));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.answers).toEqual(valid.answers);
  });

  it('fills in missing notes as empty', () => {
    const withoutNotes: Record<string, unknown> = { ...valid };
    delete withoutNotes.notes;
    const result = parseAnswersDocument(withoutNotes);
    expect(result.ok && result.document.notes).toEqual({});
  });

  it.each([
    ['an empty file', '', /empty/],
    ['whitespace only', '  \n ', /empty/],
    ['text that is not JSON', 'answers: yes', /not valid JSON/],
    ['binary content', '\u0000\u0001PK\u0003', /binary/],
    ['a JSON array', '[1,2]', /expected a JSON object.*array/],
    ['a JSON string', '"hello"', /expected a JSON object.*string/],
    ['JSON null', 'null', /expected a JSON object.*null/],
  ])('rejects %s with a message naming the problem', (_name, text, message) => {
    const problems = problemsOf(text);
    expect(problems.map((p) => p.message).join(' ')).toMatch(message);
  });

  it('rejects a file larger than the limit before parsing it', () => {
    const problems = problemsOf(`"${'x'.repeat(5_000_001)}"`);
    expect(problems[0]?.message).toMatch(/too large/);
  });

  it('rejects nesting 10,000 levels deep without overflowing the stack', () => {
    const deep = `{"schemaVersion":1,"answers":{"a.b":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
    const problems = problemsOf(deep);
    expect(problems[0]?.message).toMatch(/nested more than 32 levels/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'rejects a "%s" key anywhere and leaves Object.prototype untouched',
    (key) => {
      const text = `{"schemaVersion":1,"contentVersion":"1.0.0","meta":{"organisation":"a","respondent":"b","role":"c","date":"2025-01-01"},"answers":{"${key}":{"polluted":true}},"notes":{}}`;
      const problems = problemsOf(text);
      expect(problems[0]).toEqual({
        path: `answers.${key}`,
        message: `the key "${key}" is not allowed in an answers document`,
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('explains a future schema version instead of a bare type error', () => {
    const problems = problemsOf(JSON.stringify({ ...valid, schemaVersion: 2 }));
    expect(problems.map((p) => p.path)).toEqual(['schemaVersion']);
    expect(problems[0]?.message).toMatch(/newer than this version/);
  });

  it('names each bad field by its path', () => {
    const bad = {
      ...valid,
      schemaVersion: 0,
      meta: { ...valid.meta, date: '2025-02-30', extra: 1 },
      notes: { 'a.b': 5 },
    };
    const paths = problemsOf(JSON.stringify(bad)).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['schemaVersion', 'meta.date', 'meta', 'notes["a.b"]']));
  });

  // The schema is zod/mini, which has no messages of its own ("Invalid input"); this file loads no
  // classic zod that would supply them, so these messages come from the parser itself.
  it('says in words what each bad field should have been', () => {
    const bad = { ...valid, meta: { ...valid.meta, organisation: 5, role: 'x'.repeat(201) }, answers: undefined };
    expect(problemsOf(JSON.stringify(bad))).toEqual(
      expect.arrayContaining([
        { path: 'meta.organisation', message: 'Invalid input: expected string, received number' },
        { path: 'meta.role', message: 'Too big: expected string to have <=200 characters' },
        { path: 'answers', message: 'Invalid input: expected record, received undefined' },
      ]),
    );
  });

  it('never throws, whatever JSON value it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const fromValue = parseAnswersDocument(value);
        const fromText = parseAnswersJson(JSON.stringify(value));
        return typeof fromValue.ok === 'boolean' && typeof fromText.ok === 'boolean';
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws on mutated valid documents', () => {
    const field = fc.constantFrom('schemaVersion', 'contentVersion', 'meta', 'answers', 'notes', 'guide', '$schema');
    fc.assert(
      fc.property(field, fc.anything(), (key, value) => {
        const result = parseAnswersDocument({ ...valid, [key]: value });
        return result.ok || result.problems.length > 0;
      }),
      { numRuns: 2_000 },
    );
  });
});
