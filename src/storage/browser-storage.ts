/**
 * The part of `Storage` the assessment store uses. Injected so that tests can simulate a full
 * or blocked storage, and so that the store falls back to memory without changing its callers.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** An in-memory storage, used when the browser's storage is full or blocked. */
export class MemoryStorage implements KeyValueStorage {
  readonly #items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  get length(): number {
    return this.#items.size;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
}

/**
 * The browser's localStorage, or null when it is blocked (e.g. storage disabled for the site). A
 * storage that can be read but not written (it is full) is returned: what it holds can still be
 * shown, and the stores find out that it is full when they first try to write.
 */
export function browserLocalStorage(): KeyValueStorage | null {
  try {
    const storage = globalThis.localStorage;
    storage.getItem('__segment-playbook-probe__');
    return storage;
  } catch {
    return null;
  }
}
