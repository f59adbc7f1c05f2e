// The hostile-input suite: every case in test/fixtures/hostile/cases.json goes through the
// import or the share link. Each must come back with a message naming the problem (or, for
// answers that merely do not fit, be set aside with its reason), never throw, never pollute
// Object.prototype, and leave the assessments already stored byte-for-byte unchanged.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AssessmentStore } from '../../../src/storage/assessment-store.ts';
import { MemoryStorage } from '../../../src/storage/browser-storage.ts';
import type { AnswersDocument } from '../../../src/schema/answers.ts';
import type { SetAsideEntry } from '../../../src/schema/plan/index.ts';
import { importResponseFile, importResponseText } from '../../../src/workshop/import-file.ts';
import { decodeShareFragment } from '../../../src/workshop/share-link.ts';
import { realContent } from '../engine/support/real-content.ts';
import { generatedHostileText } from './support/hostile-generated.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'fixtures', 'hostile');

interface HostileCase {
  kind: 'file' | 'share';
  expect: 'rejected' | 'set-aside' | 'verbatim' | 'imported';
  fragment: string;
  about: string;
  key?: string;
  generated?: true;
}
const { cases } = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as { cases: Record<string, HostileCase> };

type Outcome = { ok: true; document: AnswersDocument; setAside: SetAsideEntry[] } | { ok: false; message: string };

const TWENTY_MB = 20_000_000;

/** A file as the browser hands it over: its bytes, as `File.arrayBuffer()` gives them. */
function fileLike(name: string, bytes: Uint8Array) {
  return { name, size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
}

async function run(name: string, c: HostileCase): Promise<Outcome> {
  const content = realContent();
  if (name === 'generated:20-megabyte-file') {
    let read = false;
    const result = await importResponseFile(
      {
        name: 'huge.json',
        size: TWENTY_MB,
        arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(TWENTY_MB))),
      },
      content,
    );
    expect(read, 'a 20 MB file must be refused before it is read').toBe(false);
    return result;
  }
  const generated = generatedHostileText(name);
  if (generated !== null) return importResponseText(generated, content, 'list.json');
  if (name === 'generated:20-megabyte-text')
    return importResponseText(`{"a":"${'x'.repeat(TWENTY_MB)}"}`, content, 'huge.json');
  const bytes = new Uint8Array(readFileSync(join(DIR, name)));
  if (c.kind === 'share') return decodeShareFragment(new TextDecoder().decode(bytes), content);
  return importResponseFile(fileLike(name, bytes), content);
}

/** Every string inside a JSON value, to check that imported text survived unchanged. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

function snapshot(storage: MemoryStorage): [string, string | null][] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
    .sort()
    .map((key) => [key, storage.getItem(key)]);
}

describe('hostile input', () => {
  const storage = new MemoryStorage();
  let before: [string, string | null][] = [];
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(() => {
    let n = 0;
    const store = new AssessmentStore(storage, {
      now: () => new Date(Date.UTC(2025, 0, 1, 0, 0, n++)),
      newId: () => `stored-${n++}`,
    });
    const acme = store.create('Acme Pharma', '1.1.0', {
      organisation: 'Acme Pharma',
      respondent: 'Ann',
      role: 'Sales VP',
    });
    store.save({
      ...acme,
      document: {
        ...acme.document,
        answers: { 'readiness.objective': 'written-kpi' },
        notes: { 'readiness.objective': '目标 🎯' },
      },
    });
    store.create('Brightline', '1.1.0');
    before = snapshot(storage);
    expect(before.length).toBeGreaterThanOrEqual(3);
  });

  it('has at least 25 cases, each with a file or a generator', () => {
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(25);
    expect(Object.values(cases).filter((c) => c.kind === 'share').length).toBeGreaterThanOrEqual(8);
  });

  it.each(Object.entries(cases))('%s: handled with a clear message, without throwing', async (name, c) => {
    const outcome = await run(name, c).catch((error: unknown) => ({ thrown: error }));
    expect(outcome, `${name} threw`).not.toHaveProperty('thrown');
    const result = outcome as Outcome;
    if (c.expect === 'rejected') {
      expect(result.ok, `${name} (${c.about}) should be refused`).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain(c.fragment);
        // One plain sentence: it ends with a full stop and does not dump the input back.
        expect(result.message).toMatch(/[.]$/);
        expect(result.message.length).toBeLessThan(400);
      }
      return;
    }
    expect(result.ok, `${name} (${c.about}) should import`).toBe(true);
    if (!result.ok) return;
    if (c.expect === 'imported') {
      expect(JSON.stringify(result.document.answers[c.key ?? ''])).toBe(c.fragment);
    } else if (c.expect === 'set-aside') {
      const entry = result.setAside.find((e) => e.key === c.key);
      expect(entry, `${c.key ?? ''} should be listed as set aside`).toBeDefined();
      expect(entry?.reason).toContain(c.fragment);
      expect(Object.hasOwn(result.document.answers, c.key ?? '')).toBe(false);
    } else {
      // Text is kept exactly as written, as a plain string: never parsed, escaped or stripped.
      const imported = strings(result.document);
      expect(imported).toContain(c.fragment);
      const raw = readFileSync(join(DIR, name), 'utf8');
      for (const text of strings(c.kind === 'file' ? JSON.parse(raw) : [])) {
        if (text.includes('<')) expect(imported).toContain(text);
      }
    }
  });

  // Vitest runs a file's tests in order, so this comes after every case above.
  it('leaves the stored assessments byte-for-byte unchanged and Object.prototype unpolluted', () => {
    expect(snapshot(storage)).toEqual(before);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
