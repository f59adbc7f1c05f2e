import * as z from 'zod/mini';
import type { AnswersDocument } from '../schema/answers.ts';
import {
  type AssessmentIndex,
  assessmentIndexSchema,
  assessmentKey,
  type AssessmentRecord,
  parseAssessmentRecord,
  INDEX_KEY,
  KEY_PREFIX,
  type SetAsideEntry,
  STORAGE_VERSION,
} from './assessment-record.ts';
import type { KeyValueStorage } from './browser-storage.ts';
import { type MemoryReason, parseJson, SafeStorage } from './safe-storage.ts';

export type { MemoryReason } from './safe-storage.ts';

export interface StoreOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
}

function randomId(): string {
  return globalThis.crypto.randomUUID().slice(0, 18);
}

/**
 * Several named assessments in the browser's storage, in a versioned format. A corrupt entry is
 * moved aside under its own key and reported, never deleted. When storage is blocked or full the
 * store carries on in memory and says so, so the respondent can keep working.
 */
export class AssessmentStore {
  readonly #safe: SafeStorage;
  readonly #now: () => Date;
  readonly #newId: () => string;

  constructor(storage: KeyValueStorage | null, options: StoreOptions = {}) {
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? randomId;
    this.#safe = new SafeStorage(storage, this.#now);
  }

  /** Null while answers are saved in the browser; otherwise why they are kept in memory only. */
  get memoryReason(): MemoryReason {
    return this.#safe.memoryReason;
  }

  /** Saved entries that could not be read during this session, and where they were kept. */
  get setAside(): readonly SetAsideEntry[] {
    return this.#safe.setAside;
  }

  /** The list of assessments, most recently changed first. Rebuilds the list if it is unreadable. */
  index(): AssessmentIndex {
    const raw = this.#safe.read(INDEX_KEY);
    if (raw === null) return this.#rebuildIndex();
    const parsed = z.safeParse(assessmentIndexSchema, parseJson(raw));
    if (parsed.success) return parsed.data;
    this.#safe.moveAside(
      INDEX_KEY,
      raw,
      `the list of assessments is unreadable (${parsed.error.issues[0]?.message ?? 'not JSON'})`,
    );
    return this.#rebuildIndex();
  }

  /**
   * Open one assessment. A corrupt one is set aside and reported, and `null` is returned; either
   * way an assessment that cannot be opened leaves the list, so no page counts it.
   */
  open(id: string): AssessmentRecord | null {
    const key = assessmentKey(id);
    const raw = this.#safe.read(key);
    if (raw === null) {
      this.#forget(id);
      return null;
    }
    const json = parseJson(raw);
    if (json === undefined) {
      this.#safe.moveAside(key, raw, 'the saved text is not valid JSON');
      this.#forget(id);
      return null;
    }
    const parsed = parseAssessmentRecord(json);
    if (!parsed.ok) {
      this.#safe.moveAside(key, raw, `it does not match the saved-assessment format (${parsed.reason})`);
      this.#forget(id);
      return null;
    }
    return parsed.record;
  }

  /**
   * The current assessment, as every page opens it. When it cannot be read it is set aside (and
   * reported), and the most recent readable one becomes current; null when none can be read.
   */
  openCurrent(): AssessmentRecord | null {
    const index = this.index();
    const others = index.assessments.map((a) => a.id).filter((id) => id !== index.currentId);
    for (const id of index.currentId === null ? others : [index.currentId, ...others]) {
      const record = this.open(id);
      if (record === null) continue;
      if (id !== index.currentId) this.setCurrent(id);
      return record;
    }
    return null;
  }

  /**
   * Save an assessment as a new copy, and say whether it reached the browser's storage: when
   * storage is blocked or full the copy lives only in this tab, which is not a saved copy.
   */
  saveCopy(name: string, document: AnswersDocument): { saved: true; record: AssessmentRecord } | { saved: false } {
    const created = this.create(name, document.contentVersion);
    const record = this.save({ ...created, document });
    return this.memoryReason === null ? { saved: true, record } : { saved: false };
  }

  /** Create and save a new, empty assessment, and make it the current one. */
  create(name: string, contentVersion: string, meta: Partial<AnswersDocument['meta']> = {}): AssessmentRecord {
    const now = this.#now();
    const record: AssessmentRecord = {
      storageVersion: STORAGE_VERSION,
      id: this.#newId(),
      name: name.trim() === '' ? 'Untitled assessment' : name.trim().slice(0, 120),
      step: 0,
      updatedAt: now.toISOString(),
      document: {
        schemaVersion: 1,
        contentVersion,
        meta: {
          organisation: meta.organisation ?? '',
          respondent: meta.respondent ?? '',
          role: meta.role ?? '',
          date: meta.date ?? now.toISOString().slice(0, 10),
        },
        answers: {},
        notes: {},
      },
    };
    this.save(record);
    return record;
  }

  /** Save an assessment and make it the current one. Falls back to memory when storage is full. */
  save(record: AssessmentRecord): AssessmentRecord {
    const saved = { ...record, updatedAt: this.#now().toISOString() };
    this.#safe.write(assessmentKey(saved.id), JSON.stringify(saved));
    const index = this.index();
    const others = index.assessments.filter((a) => a.id !== saved.id);
    this.#writeIndex({
      ...index,
      currentId: saved.id,
      assessments: [{ id: saved.id, name: saved.name, updatedAt: saved.updatedAt }, ...others],
    });
    return saved;
  }

  rename(id: string, name: string): AssessmentRecord | null {
    const record = this.open(id);
    if (record === null || name.trim() === '') return record;
    return this.save({ ...record, name: name.trim().slice(0, 120) });
  }

  duplicate(id: string): AssessmentRecord | null {
    const record = this.open(id);
    if (record === null) return null;
    return this.save({ ...record, id: this.#newId(), name: `${record.name} (copy)`.slice(0, 120) });
  }

  remove(id: string): void {
    this.#safe.remove(assessmentKey(id));
    const index = this.index();
    const assessments = index.assessments.filter((a) => a.id !== id);
    this.#writeIndex({
      ...index,
      assessments,
      currentId: index.currentId === id ? (assessments[0]?.id ?? null) : index.currentId,
    });
  }

  setCurrent(id: string): void {
    this.#writeIndex({ ...this.index(), currentId: id });
  }

  /** Drop an assessment that cannot be opened from the list (its text, if any, is already set aside). */
  #forget(id: string): void {
    const raw = this.#safe.read(INDEX_KEY);
    if (raw === null) return;
    const parsed = z.safeParse(assessmentIndexSchema, parseJson(raw));
    if (!parsed.success || !parsed.data.assessments.some((a) => a.id === id)) return;
    const index = parsed.data;
    this.#writeIndex({
      ...index,
      assessments: index.assessments.filter((a) => a.id !== id),
      currentId: index.currentId === id ? null : index.currentId,
    });
  }

  #rebuildIndex(): AssessmentIndex {
    const assessments: AssessmentIndex['assessments'] = [];
    for (const key of this.#safe.keys(`${KEY_PREFIX}assessment:`)) {
      const parsed = parseAssessmentRecord(parseJson(this.#safe.read(key) ?? ''));
      if (parsed.ok)
        assessments.push({ id: parsed.record.id, name: parsed.record.name, updatedAt: parsed.record.updatedAt });
    }
    assessments.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    return { storageVersion: STORAGE_VERSION, currentId: assessments[0]?.id ?? null, assessments };
  }

  #writeIndex(index: AssessmentIndex): void {
    this.#safe.write(INDEX_KEY, JSON.stringify(index));
  }
}
