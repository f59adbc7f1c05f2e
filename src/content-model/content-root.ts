import { isAbsolute, join, relative } from 'node:path';

/**
 * The content folder. `SEGMENT_PLAYBOOK_CONTENT` points the build at another folder, which the
 * tests use to prove that broken content fails `astro build`.
 */
export function contentRoot(projectRoot: string): string {
  const override = process.env['SEGMENT_PLAYBOOK_CONTENT'];
  if (override === undefined || override === '') return join(projectRoot, 'content');
  return isAbsolute(override) ? override : join(projectRoot, override);
}

/** The content folder as a path relative to the project root, as Astro's glob loader wants it. */
export function contentBase(projectRoot: string, collectionDir: string): string {
  const rel = relative(projectRoot, join(contentRoot(projectRoot), collectionDir));
  return rel.startsWith('.') ? rel : `./${rel}`;
}
