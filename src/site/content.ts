import { getCollection } from 'astro:content';
import type { ContentBundle } from '../schema/content-bundle.ts';
import type { ContentFile, ContentFiles } from '../content-model/sources.ts';
import { toBundle } from '../content-model/sources.ts';

type Key = keyof ContentFiles;

async function files(key: Key): Promise<ContentFile<unknown>[]> {
  const entries = await getCollection(key);
  return entries.map((e) => ({ file: e.filePath ?? e.id, data: e.data }));
}

let cached: Promise<ContentBundle> | undefined;

/** The engine's content bundle, assembled from Astro's collections (once per build). */
export function siteBundle(): Promise<ContentBundle> {
  cached ??= (async () => {
    const [
      settings,
      brand,
      readiness,
      sections,
      rules,
      mistakes,
      methods,
      systems,
      rollout,
      warningSigns,
      guides,
      sources,
    ] = await Promise.all(
      (
        [
          'settings',
          'brand',
          'readiness',
          'sections',
          'rules',
          'mistakes',
          'methods',
          'systems',
          'rollout',
          'warningSigns',
          'guides',
          'sources',
        ] as const
      ).map((k) => files(k)),
    );
    return toBundle({
      settings: settings?.[0],
      brand: brand?.[0],
      readiness: readiness?.[0],
      sections,
      rules,
      mistakes,
      methods,
      systems,
      rollout,
      warningSigns,
      guides,
      sources,
    } as ContentFiles);
  })();
  return cached;
}
