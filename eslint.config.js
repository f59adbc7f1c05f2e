// Typed ESLint for TypeScript, TSX and Astro files, with React's hooks rules for TypeScript and TSX.
// `npm run lint` allows zero warnings.
import eslintPluginAstro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', '.test-results/', '.bench/', 'test/fixtures/', 'schema/'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.strictTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // The recommended preset only warns on missing effect dependencies; a missed dependency is a stale-value bug.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Renderers and the presentation layer read only the plan (src/schema) and each other: what a
    // renderer shows must be in the plan, never fetched from the engine or the content.
    files: ['src/render/**/*.{ts,tsx}', 'src/present/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'astro:content', message: 'Renderers read the plan, not the content collections.' }],
          patterns: [
            {
              regex: '(^|/)(engine|content-model|islands|storage|workshop|cli)/',
              message: 'Renderers read only the plan (src/schema) and the presentation layer (src/present).',
            },
            { regex: '(^|/)site/content\\.ts$', message: 'Renderers read the plan, not the content loader.' },
          ],
        },
      ],
    },
  },
  {
    // The presentation layer is below every renderer: it may not import one.
    files: ['src/present/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(engine|content-model|islands|storage|workshop|cli|render|site)/|^react|^@react-pdf',
              message: 'src/present is pure TypeScript over the plan: no renderer, React or engine.',
            },
          ],
        },
      ],
    },
  },
  {
    // The schemas are the bottom layer: they import zod and each other, nothing above them.
    files: ['src/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(engine|content-model|islands|storage|workshop|cli|render|present|site|pages|integrations)/',
              message: 'src/schema imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.recommended],
  },
  ...eslintPluginAstro.configs.recommended,
);
