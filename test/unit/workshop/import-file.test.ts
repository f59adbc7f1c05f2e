import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResponseFile, importResponseText, MAX_RESPONSE_FILE_BYTES } from '../../../src/workshop/import-file.ts';
import { realContent } from '../engine/support/real-content.ts';
import { answerFixtures } from './support/responses.ts';

const FIXTURE = resolve(import.meta.dirname, '..', '..', 'fixtures', 'answers', 'cobalt-software.json');

describe('importing a response file', () => {
  it('imports a valid file with its answers, notes and meta, listing nothing as set aside', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const result = await importResponseFile(
      {
        name: 'cobalt.json',
        size: text.length,
        arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer),
      },
      realContent(),
    );
    const original = JSON.parse(text) as {
      answers: Record<string, unknown>;
      notes: Record<string, string>;
      meta: unknown;
    };
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.meta).toEqual(original.meta);
    expect(result.document.notes).toEqual(original.notes);
    // Every answer that fits the current questions is kept as it was; one to a question that has moved
    // (movedFrom) is kept under the new id, its options mapped.
    const movedFrom = new Map(
      realContent()
        .sections.flatMap((s) => s.questions)
        .flatMap((q) => (q.movedFrom === undefined ? [] : [[q.id, q.movedFrom] as const])),
    );
    for (const [id, value] of Object.entries(result.document.answers)) {
      const moved = movedFrom.get(id);
      if (moved === undefined || Object.hasOwn(original.answers, id)) expect(value).toEqual(original.answers[id]);
      else {
        const old = original.answers[moved.question];
        expect(value).toEqual(typeof old === 'string' && moved.options !== undefined ? moved.options[old] : old);
      }
    }
    const kept = Object.keys(result.document.answers).length;
    expect(kept + result.setAside.filter((e) => e.part === 'answer').length).toBe(Object.keys(original.answers).length);
  });

  it('sets aside unknown question ids and misfit values with reasons, and imports the rest', () => {
    const doc = answerFixtures()[0];
    if (doc === undefined) throw new Error('no fixtures');
    const text = JSON.stringify({
      ...doc,
      answers: { ...doc.answers, 'retired.question': 'yes', 'segment-count.reps': -3 },
    });
    const result = importResponseText(text, realContent(), 'alpine.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.setAside.map((e) => [e.key, e.reason])).toEqual(
      expect.arrayContaining([
        ['retired.question', 'no question has this id in the current content'],
        ['segment-count.reps', expect.stringContaining('-3 is out of range') as string],
      ]),
    );
    expect(result.document.answers).not.toHaveProperty('retired.question');
    expect(result.document.answers).not.toHaveProperty('segment-count.reps');
    expect(result.notices.join(' ')).toMatch(/set aside; each is listed with the reason/);
  });

  it('says when the answers were given against another questionnaire version', () => {
    const doc = { ...answerFixtures()[0], contentVersion: '0.1.0' };
    const result = importResponseText(JSON.stringify(doc), realContent());
    expect(result.ok && result.notices[0]).toMatch(
      /questionnaire version 0\.1\.0; this site uses version \d+\.\d+\.\d+/,
    );
  });

  it('refuses a file over 5 MB by its size, without reading it', async () => {
    let read = false;
    const result = await importResponseFile(
      {
        name: 'export.json',
        size: MAX_RESPONSE_FILE_BYTES + 1,
        arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(0))),
      },
      realContent(),
    );
    expect(read).toBe(false);
    expect(result).toMatchObject({
      ok: false,
      message:
        'The file "export.json" is 5.0 MB, too large for a response file (at most 5.0 MB), so it was not opened.',
    });
  });

  it('names the file and the problem in one sentence, and lists every problem', () => {
    const result = importResponseText(
      '{"schemaVersion":1,"contentVersion":"x","meta":{},"answers":{}}',
      realContent(),
      'team/ann.json',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^The file "team\/ann\.json" cannot be imported: .+ \(and \d+ more problems\)\.$/);
    expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['contentVersion', 'meta.organisation']));
  });

  it('reports a file that cannot be read instead of throwing', async () => {
    const result = await importResponseFile(
      { name: 'gone.json', size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) },
      realContent(),
    );
    expect(result).toMatchObject({
      ok: false,
      message: 'The file "gone.json" could not be read; it may have been moved or deleted.',
    });
  });

  it('reads a file saved with a byte-order mark', () => {
    const text = `\uFEFF${readFileSync(FIXTURE, 'utf8')}`;
    expect(importResponseText(text, realContent()).ok).toBe(true);
  });
});
