import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The service worker's file name; the islands register it (see src/islands/offline/register.ts). */
export const SERVICE_WORKER = 'sw.js';

/**
 * Offline support with vite-plugin-pwa (Workbox), so the site works in a workshop room with bad
 * wifi. Astro writes the HTML pages after Vite's client build, so the service worker is generated
 * again once the whole site is built, the same way @vite-pwa/astro does (that package does not
 * support Astro 7 yet).
 */
export function offlineSupport(): AstroIntegration {
  let pwa: Plugin | undefined;
  return {
    name: 'segment-playbook:offline',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir);
        const plugins = VitePWA({
          registerType: 'autoUpdate',
          injectRegister: false,
          manifest: false,
          outDir,
          filename: SERVICE_WORKER,
          workbox: {
            globDirectory: outDir,
            // Every page and asset, so a workshop can run with no network after one visit to the app.
            globPatterns: ['**/*.{html,js,css,svg,png,jpg,woff,woff2,ttf,xml,txt}'],
            // The 8 MB CJK font is cached when first used, not downloaded by every visitor up front.
            globIgnores: ['**/*.otf'],
            directoryIndex: 'index.html',
            navigateFallback: null,
            cleanupOutdatedCaches: true,
            maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
            runtimeCaching: [
              {
                urlPattern: ({ url }) => url.pathname.endsWith('.otf'),
                handler: 'CacheFirst',
                options: { cacheName: 'fonts' },
              },
            ],
          },
        });
        pwa = plugins.find((p) => p.name === 'vite-plugin-pwa');
        updateConfig({ vite: { plugins } });
      },
      'astro:build:done': async () => {
        const api = (pwa as { api?: { disabled: boolean; generateSW: () => Promise<void> } } | undefined)?.api;
        if (api !== undefined && !api.disabled) await api.generateSW();
      },
    },
  };
}
