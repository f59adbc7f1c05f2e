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
});
