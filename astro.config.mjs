// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { offlineSupport } from './src/integrations/offline.ts';

/** The address `npm start` serves on. The sitemap uses it as the site's origin. */
export const DEFAULT_ORIGIN = 'http://127.0.0.1:4321';

export default defineConfig({
  output: 'static',
  site: DEFAULT_ORIGIN,
  trailingSlash: 'always',
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  integrations: [contentIntegrity(), react(), mdx(), sitemap(), offlineSupport()],
  // The PDF worker loads react-pdf with a dynamic import, which needs workers built as ES modules.
  vite: { worker: { format: 'es' } },
});
