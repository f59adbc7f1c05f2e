import { KEY_PREFIX, SET_ASIDE_PREFIX, type SetAsideEntry } from './assessment-record.ts';
import { type KeyValueStorage, MemoryStorage } from './browser-storage.ts';

/** Why answers are kept in memory only, shown to the user; null while saving normally. */
export type MemoryReason = 'blocked' | 'full' | null;

/**
 * Browser storage that never loses data: a write that fails (storage full) moves everything into
 * memory and carries on, and an unreadable entry is moved under a set-aside key, never deleted.
 * The assessment store and the workshop store both keep their data through it.
 */
export class SafeStorage {
  #storage: KeyValueStorage;
  #memoryReason: MemoryReason;
  readonly #now: () => Date;
  readonly #setAside: SetAsideEntry[] = [];

  constructor(storage: KeyValueStorage | null, now: () => Date) {
    this.#storage = storage ?? new MemoryStorage();
    this.#memoryReason = storage === null ? 'blocked' : null;
    this.#now = now;
    // Storage already full when the page loads: what is saved can still be read, so it is carried
    // into memory and shown, and the page says storage is full, not blocked, and saves nothing it cannot.
    if (storage !== null && !writable(storage)) this.#switchToMemory();
  }

  get memoryReason(): MemoryReason {
    return this.#memoryReason;
  }

  /** Entries that could not be read during this session, and where they were kept. */
  get setAside(): readonly SetAsideEntry[] {
    return this.#setAside;
  }

  read(key: string): string | null {
    try {
      return this.#storage.getItem(key);
    } catch {
      return null;
    }
  }

  /** Write, and on failure move everything into memory so nothing is lost. */
  write(key: string, value: string): void {
    try {
      this.#storage.setItem(key, value);
    } catch {
      this.#switchToMemory();
      this.#storage.setItem(key, value);
    }
  }

  remove(key: string): void {
    this.#storage.removeItem(key);
  }

  /** Every key that starts with `prefix`. */
  keys(prefix: string): string[] {
    const found: string[] = [];
    for (let i = 0; i < this.#storage.length; i += 1) {
      const key = this.#storage.key(i);
      if (key?.startsWith(prefix) === true) found.push(key);
    }
    return found;
  }

  /** Keep an unreadable entry under a set-aside key before removing it from its place. */
  moveAside(from: string, raw: string, reason: string): void {
    const key = `${SET_ASIDE_PREFIX}${this.#now().toISOString()}:${from.slice(KEY_PREFIX.length)}`;
    try {
      this.#storage.setItem(key, raw);
      this.#storage.removeItem(from);
      this.#setAside.push({ key, from, reason });
    } catch {
      // Could not copy it: leave it where it is, untouched, and still report it.
      this.#setAside.push({ key: from, from, reason: `${reason}; it was left in place because storage is full` });
    }
  }

  #switchToMemory(): void {
    if (this.#memoryReason !== null) return;
    const memory = new MemoryStorage();
    for (const key of this.keys(KEY_PREFIX)) {
      const value = this.read(key);
      if (value !== null) memory.setItem(key, value);
    }
    this.#storage = memory;
    this.#memoryReason = 'full';
  }
}

/** JSON.parse that returns undefined instead of throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const PROBE_KEY = '__segment-playbook-probe__';

/** Whether a small write succeeds (false when storage is full). */
function writable(storage: KeyValueStorage): boolean {
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}
