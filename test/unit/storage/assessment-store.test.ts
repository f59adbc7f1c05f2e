import { describe, expect, it } from 'vitest';
import { AssessmentStore } from '../../../src/storage/assessment-store.ts';
import { MemoryStorage } from '../../../src/storage/browser-storage.ts';

let counter = 0;
const options = {
  now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, counter++)),
  newId: () => `id-${String(counter++).padStart(6, '0')}`,
};

function keys(storage: MemoryStorage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').sort();
}

describe('the assessment store', () => {
  it('creates, renames, duplicates and deletes named assessments', () => {
    const storage = new MemoryStorage();
    const store = new AssessmentStore(storage, options);
    const acme = store.create('Acme', '1.0.0');
    const copy = store.duplicate(acme.id);
    expect(copy?.name).toBe('Acme (copy)');
    store.rename(acme.id, 'Acme Medical');
    expect(
      store
        .index()
        .assessments.map((a) => a.name)
        .sort(),
    ).toEqual(['Acme (copy)', 'Acme Medical']);
    store.remove(copy?.id ?? '');
    expect(store.index().assessments.map((a) => a.name)).toEqual(['Acme Medical']);
    expect(keys(storage)).toEqual([`segment-playbook:v1:assessment:${acme.id}`, 'segment-playbook:v1:index']);
  });

  it('rebuilds an unreadable list of assessments from the saved assessments and keeps the broken list aside', () => {
    const storage = new MemoryStorage();
    const store = new AssessmentStore(storage, options);
    const acme = store.create('Acme', '1.0.0');
    storage.setItem('segment-playbook:v1:index', '{"storageVersion": 7}');
    const rebuilt = new AssessmentStore(storage, options);
    expect(rebuilt.index().assessments.map((a) => a.id)).toEqual([acme.id]);
    expect(rebuilt.setAside).toHaveLength(1);
    expect(rebuilt.setAside[0]?.reason).toMatch(/list of assessments is unreadable/);
    expect(storage.getItem(rebuilt.setAside[0]?.key ?? '')).toBe('{"storageVersion": 7}');
  });

  it('sets aside an assessment that does not match the format, naming the bad field', () => {
    const storage = new MemoryStorage();
    const store = new AssessmentStore(storage, options);
    const acme = store.create('Acme', '1.0.0');
    const raw = JSON.stringify({ ...acme, step: 'three' });
    storage.setItem(`segment-playbook:v1:assessment:${acme.id}`, raw);
    expect(store.open(acme.id)).toBeNull();
    expect(store.setAside[0]?.reason).toMatch(/^it does not match the saved-assessment format \(step: /);
    expect(storage.getItem(store.setAside[0]?.key ?? '')).toBe(raw);
  });

  it('works in memory and says storage is blocked when there is no browser storage', () => {
    const store = new AssessmentStore(null, options);
    expect(store.memoryReason).toBe('blocked');
    const acme = store.create('Acme', '1.0.0');
    expect(store.open(acme.id)?.name).toBe('Acme');
  });

  it('moves everything into memory when storage fills up, losing nothing', () => {
    const storage = new MemoryStorage();
    const store = new AssessmentStore(storage, options);
    const acme = store.create('Acme', '1.0.0');
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const saved = store.save({ ...acme, document: { ...acme.document, answers: { 'readiness.objective': 'none' } } });
    expect(store.memoryReason).toBe('full');
    expect(store.open(saved.id)?.document.answers).toEqual({ 'readiness.objective': 'none' });
    expect(store.index().assessments.map((a) => a.name)).toEqual(['Acme']);
  });

  it('sets a corrupt current assessment aside, drops it from the list and opens the next one (issue 20, 10)', () => {
    for (const broken of ['{not json', JSON.stringify({ storageVersion: 1, id: 'x' })]) {
      const storage = new MemoryStorage();
      const store = new AssessmentStore(storage, options);
      const older = store.create('Older', '1.0.0');
      const current = store.create('Current', '1.0.0');
      storage.setItem(`segment-playbook:v1:assessment:${current.id}`, broken);
      expect(store.openCurrent()?.id).toBe(older.id);
      expect(store.index().currentId).toBe(older.id);
      expect(store.index().assessments.map((a) => a.name)).toEqual(['Older']);
      expect(store.setAside).toHaveLength(1);
      expect(storage.getItem(store.setAside[0]?.key ?? '')).toBe(broken);
      // A second page reading the same storage sees the same state.
      const again = new AssessmentStore(storage, options);
      expect(again.openCurrent()?.id).toBe(older.id);
      expect(again.index().assessments).toHaveLength(1);
    }
  });

  it('reads what is saved when storage is already full as the page loads, and says it is full, not blocked (issue 20, 11)', () => {
    const storage = new MemoryStorage();
    const first = new AssessmentStore(storage, options);
    const acme = first.save({ ...first.create('Acme', '1.0.0'), step: 2 });
    first.create('Brightline', '1.0.0');
    const before = keys(storage).map((k) => [k, storage.getItem(k)]);
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = new AssessmentStore(storage, options);
    expect(store.memoryReason).toBe('full');
    expect(store.index().assessments.map((a) => a.name)).toEqual(['Brightline', 'Acme']);
    expect(store.open(acme.id)?.step).toBe(2);
    expect(store.saveCopy('Shared', acme.document)).toEqual({ saved: false });
    expect(keys(storage).map((k) => [k, storage.getItem(k)])).toEqual(before);
  });

  it('reports a saved copy only when it reached the browser storage (issue 20, 12)', () => {
    const storage = new MemoryStorage();
    const store = new AssessmentStore(storage, options);
    const saved = store.saveCopy('Shared', store.create('Acme', '1.0.0').document);
    expect(saved.saved).toBe(true);
    expect(saved.saved && storage.getItem(`segment-playbook:v1:assessment:${saved.record.id}`)).toContain('Shared');
    expect(
      new AssessmentStore(null, options).saveCopy('Shared', saved.saved ? saved.record.document : ({} as never)),
    ).toEqual({
      saved: false,
    });
  });
});
