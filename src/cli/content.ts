import { resolve } from 'node:path';
import { loadContentFromDisk } from '../content-model/load-from-disk.ts';
import { formatProblems } from '../content-model/sources.ts';
import type { ContentBundle } from '../schema/content-bundle.ts';
import { CliFailure, EXIT } from './exit-codes.ts';

/** The package root, found from this module's place (src/cli/), so the command works from any directory. */
export const PACKAGE_ROOT = resolve(import.meta.dirname, '..', '..');

/** Load and check the content shipped with the package. Invalid content is an installation problem (exit 3). */
export function loadPackageContent(): ContentBundle {
  const { bundle, problems } = loadContentFromDisk(PACKAGE_ROOT);
  if (bundle === undefined || problems.length > 0) {
    throw new CliFailure(
      `The content bundled with segment-playbook is invalid (${PACKAGE_ROOT}/content).\n${formatProblems(problems)}`,
      EXIT.badContent,
    );
  }
  return bundle;
}
