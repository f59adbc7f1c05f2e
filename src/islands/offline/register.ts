/**
 * Register the generated service worker (see src/integrations/offline.ts) so the whole site keeps
 * working offline after this visit. Called by the app islands only: the guide pages ship no
 * JavaScript at all, and the service worker caches them too once any app page has been opened.
 */
export function registerOfflineSupport(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Offline support is an extra: the page works without it, so a failed registration is not shown.
  });
}
