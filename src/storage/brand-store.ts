import * as z from 'zod/mini';
import type { Brand } from '../schema/settings.ts';
import { KEY_PREFIX } from './assessment-record.ts';
import type { KeyValueStorage } from './browser-storage.ts';
import { type MemoryReason, parseJson, SafeStorage } from './safe-storage.ts';

const BRAND_KEY = `${KEY_PREFIX}brand`;
/** A brand name is a consultancy's name, shown on a cover and in every PDF header. */
export const BRAND_NAME_MAX = 80;
/** A 200 KB logo, base64-encoded, with its `data:` prefix. */
const LOGO_URL_MAX = 280_000;

/** The facilitator's own brand, set in the browser: it replaces the built-in brand where it is shown. */
export interface CustomBrand {
  readonly name: string;
  /** Hex colour `#rrggbb`. */
  readonly accent: string;
  /** A PNG or JPEG as a `data:` URL (see `checkLogo`), so the PDF and the page never fetch it. */
  readonly logo?: string | undefined;
}

export const customBrandSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(BRAND_NAME_MAX)),
  accent: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
  logo: z.optional(
    z.string().check(z.maxLength(LOGO_URL_MAX), z.regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/)),
  ),
});

/** The brand to show: the facilitator's where set, else the one built into the site. */
export function effectiveBrand(built: Brand, custom: CustomBrand | null): Brand {
  if (custom === null) return built;
  return { name: custom.name, accent: custom.accent, ...(custom.logo === undefined ? {} : { logo: custom.logo }) };
}

/**
 * The facilitator's brand, kept in this browser only. An unreadable entry is set aside and
 * reported like any other, and the built-in brand is used meanwhile.
 */
export class BrandStore {
  readonly #safe: SafeStorage;

  constructor(storage: KeyValueStorage | null, now: () => Date = () => new Date()) {
    this.#safe = new SafeStorage(storage, now);
  }

  get memoryReason(): MemoryReason {
    return this.#safe.memoryReason;
  }

  get setAside() {
    return this.#safe.setAside;
  }

  /** The saved brand, or null when none is saved (or it could not be read). */
  load(): CustomBrand | null {
    const raw = this.#safe.read(BRAND_KEY);
    if (raw === null) return null;
    const parsed = z.safeParse(customBrandSchema, parseJson(raw));
    if (parsed.success) return parsed.data;
    this.#safe.moveAside(BRAND_KEY, raw, 'the saved brand is not in the expected format');
    return null;
  }

  /**
   * Save a brand. Returns false, keeping nothing, when it is not valid; the caller checks
   * `memoryReason` to say whether it reached the browser's storage or lives in this tab only.
   */
  save(brand: CustomBrand): boolean {
    if (!z.safeParse(customBrandSchema, brand).success) return false;
    this.#safe.write(BRAND_KEY, JSON.stringify(brand));
    return true;
  }

  /** Go back to the built-in brand. */
  clear(): void {
    this.#safe.remove(BRAND_KEY);
  }
}
