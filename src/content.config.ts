import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentBase } from './content-model/content-root.ts';
import { COLLECTION_LAYOUT } from './content-model/load-from-disk.ts';

const root = process.cwd();

/** One collection per content folder, validated by the same schemas the command line uses. */
// The type parameter carries each collection's own schema type through to getCollection().
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function collection<K extends keyof typeof COLLECTION_LAYOUT>(key: K) {
  const { dir, ext, schema } = COLLECTION_LAYOUT[key];
  return defineCollection({
    loader: glob({ pattern: `*${ext}`, base: contentBase(root, dir) }),
    schema: schema as (typeof COLLECTION_LAYOUT)[K]['schema'],
  });
}

export const collections = {
  settings: collection('settings'),
  brand: collection('brand'),
  sections: collection('sections'),
  rules: collection('rules'),
  readiness: collection('readiness'),
  mistakes: collection('mistakes'),
  methods: collection('methods'),
  systems: collection('systems'),
  rollout: collection('rollout'),
  warningSigns: collection('warningSigns'),
  guides: collection('guides'),
  sources: collection('sources'),
  design: collection('design'),
  terms: collection('terms'),
  quickCheck: collection('quickCheck'),
};
