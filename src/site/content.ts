import { getCollection } from 'astro:content';
import { COLLECTION_LAYOUT, SINGLE_FILE } from '../content-model/load-from-disk.ts';
import type { ContentFile, ContentFiles } from '../content-model/sources.ts';
import { toBundle } from '../content-model/sources.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import type { QuickCheck } from '../schema/quick-check.ts';

type Key = keyof ContentFiles;

async function files(key: Key): Promise<ContentFile<unknown>[]> {
  const entries = await getCollection(key);
  return entries.map((e) => ({ file: e.filePath ?? e.id, data: e.data }));
}

let cached: Promise<ContentBundle> | undefined;

/**
 * The engine's content bundle, assembled from Astro's collections (once per build) with the same
 * collection list and the same `toBundle` as the command line's loader.
 */
export function siteBundle(): Promise<ContentBundle> {
  cached ??= (async () => {
    const keys = Object.keys(COLLECTION_LAYOUT) as Key[];
    const loaded = await Promise.all(keys.map(async (key) => [key, await files(key)] as const));
    const byKey = Object.fromEntries(loaded.map(([key, list]) => [key, SINGLE_FILE.includes(key) ? list[0] : list]));
    return toBundle(byKey as unknown as ContentFiles);
  })();
  return cached;
}

/** The quick check from content/quick-check/: its steps and the words of its result. */
export async function siteQuickCheck(): Promise<QuickCheck> {
  const [entry] = await getCollection('quickCheck');
  if (entry === undefined) throw new Error('content/quick-check/ holds no quick check');
  // Astro validated it with the quick check's schema (content.config.ts), which its generated types do not carry.
  return entry.data as QuickCheck;
}
