/**
 * Registers the service worker (sw.js, written by the build at the app's root) so the app works offline
 * after the first visit. Only in a production build: the dev server has no sw.js and serves sources.
 * The URL and scope are relative to the page, so the app works from any sub-folder.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
    // Offline use is an extra: the page works without it, so a failure is only reported.
    console.warn("离线缓存未能启用：", error);
  });
}
