import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import {
  designSettingsSchema,
  guideSchema,
  methodSchema,
  mistakeSchema,
  readinessModelSchema,
  rolloutPhaseSchema,
  sourceFileSchema,
  systemSchema,
  warningSignSchema,
} from '../schema/catalogue.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import { sectionSchema } from '../schema/question.ts';
import { ruleFileSchema } from '../schema/rule.ts';
import { industryTermsSchema } from '../schema/terms.ts';
import { quickCheckSchema } from '../schema/quick-check.ts';
import { brandSchema, siteSettingsSchema } from '../schema/settings.ts';
import { checkIntegrity } from './integrity/index.ts';
import { type ContentFile, type ContentFiles, type ContentProblem, toBundle } from './sources.ts';

/** Where each collection lives under the content root, and how its files are validated. */
export const COLLECTION_LAYOUT = {
  settings: { dir: 'settings', ext: '.yaml', schema: siteSettingsSchema },
  brand: { dir: 'brand', ext: '.yaml', schema: brandSchema },
  sections: { dir: 'questionnaire', ext: '.yaml', schema: sectionSchema },
  rules: { dir: 'rules', ext: '.yaml', schema: ruleFileSchema },
  readiness: { dir: 'readiness', ext: '.yaml', schema: readinessModelSchema },
  mistakes: { dir: 'mistakes', ext: '.mdx', schema: mistakeSchema },
  methods: { dir: 'methods', ext: '.mdx', schema: methodSchema },
  systems: { dir: 'systems', ext: '.mdx', schema: systemSchema },
  rollout: { dir: 'rollout', ext: '.mdx', schema: rolloutPhaseSchema },
  warningSigns: { dir: 'warning-signs', ext: '.mdx', schema: warningSignSchema },
  guides: { dir: 'guides', ext: '.mdx', schema: guideSchema },
  sources: { dir: 'sources', ext: '.yaml', schema: sourceFileSchema },
  design: { dir: 'design', ext: '.yaml', schema: designSettingsSchema },
  terms: { dir: 'terms', ext: '.yaml', schema: industryTermsSchema },
  quickCheck: { dir: 'quick-check', ext: '.yaml', schema: quickCheckSchema },
} as const;

type Layout = typeof COLLECTION_LAYOUT;
type Key = keyof Layout;
/** Collections that hold exactly one file (settings, brand, the readiness model, the design settings, the industry terms, the quick check). */
export const SINGLE_FILE: readonly Key[] = ['settings', 'brand', 'readiness', 'design', 'terms', 'quickCheck'];

export interface LoadResult {
  /** Present only when there are no problems. */
  readonly bundle?: ContentBundle;
  readonly files?: ContentFiles;
  readonly problems: readonly ContentProblem[];
}

/** The raw data of one file: parsed YAML, or an MDX file's frontmatter. */
function readRaw(path: string, ext: string): unknown {
  const text = readFileSync(path, 'utf8');
  if (ext === '.yaml') return parseYaml(text);
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (match === null) throw new Error('an MDX article must start with a --- frontmatter block ---');
  return parseYaml(match[1] ?? '');
}

/** Turn a zod issue path into a field name that names list items by id where possible. */
export function fieldPath(raw: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = raw;
  let out = '';
  for (const key of path) {
    const child = (node as Record<PropertyKey, unknown> | undefined)?.[key as never];
    if (typeof key === 'number') {
      const id = (child as { id?: unknown } | undefined)?.id;
      out += typeof id === 'string' && id !== '' ? `.${id}` : `[${key}]`;
    } else {
      out += out === '' ? String(key) : `.${String(key)}`;
    }
    node = child;
  }
  return out === '' ? '(file)' : out;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = raw;
  for (const key of path) node = (node as Record<PropertyKey, unknown> | undefined)?.[key as never];
  return node;
}

function zodProblems(file: string, raw: unknown, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: fieldPath(raw, issue.path),
    value: valueAt(raw, issue.path) === undefined ? 'undefined' : JSON.stringify(valueAt(raw, issue.path)),
    message: issue.message,
  }));
}

/**
 * Read and validate every content file under `contentRoot`, then run the integrity check.
 * Used by the Astro build, the command line and the tests, so all three report the same problems.
 */
export function loadContentFromDisk(projectRoot: string, contentRoot = join(projectRoot, 'content')): LoadResult {
  const problems: ContentProblem[] = [];
  const collected: Partial<Record<Key, ContentFile<unknown>[]>> = {};
  for (const key of Object.keys(COLLECTION_LAYOUT) as Key[]) {
    const { dir, ext, schema } = COLLECTION_LAYOUT[key];
    const abs = join(contentRoot, dir);
    const names = existsSync(abs)
      ? readdirSync(abs)
          .filter((n) => n.endsWith(ext))
          .sort()
      : [];
    const rel = relative(projectRoot, abs) || dir;
    if (names.length === 0) {
      problems.push({
        file: `${rel}/`,
        field: '(folder)',
        value: '[]',
        message: `no ${ext} files; the ${key} collection needs at least one`,
      });
      continue;
    }
    if (SINGLE_FILE.includes(key) && names.length > 1) {
      problems.push({
        file: `${rel}/`,
        field: '(folder)',
        value: JSON.stringify(names),
        message: `the ${key} collection takes exactly one file`,
      });
    }
    const list: ContentFile<unknown>[] = [];
    for (const name of names) {
      const file = `${rel}/${name}`;
      let raw: unknown;
      try {
        raw = readRaw(join(abs, name), ext);
      } catch (error) {
        const message =
          error instanceof YAMLParseError
            ? error.message.split('\n')[0]?.replace(/:\s*$/, '')
            : (error as Error).message;
        problems.push({
          file,
          field: '(file)',
          value: '(unparsable)',
          message: `cannot be parsed: ${message ?? 'unknown error'}`,
        });
        continue;
      }
      const parsed = schema.safeParse(raw);
      if (parsed.success) list.push({ file, data: parsed.data });
      else problems.push(...zodProblems(file, raw, parsed.error));
    }
    collected[key] = list;
  }
  if (problems.length > 0) return { problems };

  const first = <T>(key: Key): ContentFile<T> => (collected[key] as ContentFile<T>[])[0] as ContentFile<T>;
  const files = {
    settings: first('settings'),
    brand: first('brand'),
    readiness: first('readiness'),
    design: first('design'),
    terms: first('terms'),
    quickCheck: first('quickCheck'),
    sections: collected.sections,
    rules: collected.rules,
    mistakes: collected.mistakes,
    methods: collected.methods,
    systems: collected.systems,
    rollout: collected.rollout,
    warningSigns: collected.warningSigns,
    guides: collected.guides,
    sources: collected.sources,
  } as ContentFiles;
  const integrity = checkIntegrity(files, {
    publicFileExists: (p) => existsSync(join(projectRoot, 'public', p)),
  });
  if (integrity.length > 0) return { files, problems: integrity };
  return { files, bundle: toBundle(files), problems: [] };
}
