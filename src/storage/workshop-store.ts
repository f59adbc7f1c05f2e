import { parseWorkshop, type Workshop } from '../workshop/workshop-model.ts';
import { KEY_PREFIX, type SetAsideEntry } from './assessment-record.ts';
import type { KeyValueStorage } from './browser-storage.ts';
import { type MemoryReason, parseJson, SafeStorage } from './safe-storage.ts';

const WORKSHOP_PREFIX = `${KEY_PREFIX}workshop:`;
const CURRENT_KEY = `${KEY_PREFIX}current-workshop`;

/** A workshop in the list: enough to show and open it. */
export interface WorkshopSummary {
  readonly id: string;
  readonly client: string;
  readonly date: string;
  readonly responses: number;
}

/**
 * The facilitator's workshops, kept in this browser only. Like assessments, an unreadable
 * workshop is set aside and reported, and a full storage falls back to memory.
 */
export class WorkshopStore {
  readonly #safe: SafeStorage;

  constructor(storage: KeyValueStorage | null, now: () => Date = () => new Date()) {
    this.#safe = new SafeStorage(storage, now);
  }

  get memoryReason(): MemoryReason {
    return this.#safe.memoryReason;
  }

  get setAside(): readonly SetAsideEntry[] {
    return this.#safe.setAside;
  }

  /** Every readable workshop, newest date first. Unreadable ones are set aside. */
  list(): WorkshopSummary[] {
    const found: WorkshopSummary[] = [];
    for (const key of this.#safe.keys(WORKSHOP_PREFIX)) {
      const workshop = this.open(key.slice(WORKSHOP_PREFIX.length));
      if (workshop !== null)
        found.push({
          id: workshop.id,
          client: workshop.client,
          date: workshop.date,
          responses: workshop.responses.length,
        });
    }
    return found.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.client.localeCompare(b.client)));
  }

  open(id: string): Workshop | null {
    const key = `${WORKSHOP_PREFIX}${id}`;
    const raw = this.#safe.read(key);
    if (raw === null) return null;
    const parsed = parseWorkshop(parseJson(raw));
    if (parsed.ok) return parsed.workshop;
    this.#safe.moveAside(key, raw, `the saved workshop cannot be read (${parsed.reason})`);
    return null;
  }

  save(workshop: Workshop): void {
    this.#safe.write(`${WORKSHOP_PREFIX}${workshop.id}`, JSON.stringify(workshop));
    this.#safe.write(CURRENT_KEY, workshop.id);
  }

  remove(id: string): void {
    this.#safe.remove(`${WORKSHOP_PREFIX}${id}`);
  }

  /** The workshop open last time, if it still exists. */
  current(): Workshop | null {
    const id = this.#safe.read(CURRENT_KEY);
    return id === null ? null : this.open(id);
  }
}
