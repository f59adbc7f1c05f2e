import { defineConfig } from 'vitest/config';

/**
 * Unit and component tests. `.ts` tests run in Node; `.tsx` tests (React components) in happy-dom.
 * The end-to-end suite has its own config (vitest.e2e.config.ts) because it needs a built site.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        // React's automatic JSX runtime, the one tsconfig.json names (`"jsx": "react-jsx"`). Vitest on Vite 8
        // transforms with oxc and ignores an `esbuild` option; oxc does not read `jsx` from tsconfig.json.
        oxc: { jsx: { runtime: 'automatic' } },
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['test/unit/**/*.test.tsx'],
        },
      },
    ],
  },
});
