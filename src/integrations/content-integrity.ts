import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../content-model/content-root.ts';
import { loadContentFromDisk } from '../content-model/load-from-disk.ts';
import { formatProblems } from '../content-model/sources.ts';

/**
 * Fails the build (and the dev server start) when the content breaks the schemas or the
 * cross-file integrity rules, with one line per problem naming the file, field and value.
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'segment-playbook:content-integrity',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // Preview serves an already-built site; the check ran when it was built.
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const result = loadContentFromDisk(root, contentRoot(root));
        if (result.problems.length > 0) throw new Error(formatProblems(result.problems));
        logger.info('content integrity check passed');
      },
    },
  };
}
