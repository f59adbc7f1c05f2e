import { getCollection } from 'astro:content';
import { COLLECTION_LAYOUT, SINGLE_FILE } from '../content-model/load-from-disk.ts';
import type { ContentFile, ContentFiles } from '../content-model/sources.ts';
import { toBundle } from '../content-model/sources.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';

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
