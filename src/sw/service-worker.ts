/**
 * The service worker that keeps the app working offline after the first visit. The build (vite.config.ts,
 * plugin "service-worker") writes it as sw.js at the root of dist/ and fills in `__PRECACHE__`: every file
 * of the build (the page, all script and style chunks including pdf.js and its worker code, the samples,
 * pdf.js's cMaps, standard fonts and wasm) and a version computed from their contents.
 *
 * The page itself is fetched network-first, so a new build is picked up when online; everything else
 * comes from the cache first; the OCR files, loaded only when asked for, are cached when first fetched. A new build gets a new cache and the old one is deleted. It imports
 * nothing, so the build keeps it one self-contained file.
 */
export {};

declare const self: ServiceWorkerGlobalScope;

interface Precache {
  version: string;
  /** Paths relative to this script's folder, the app's root. */
  files: string[];
}

declare const __PRECACHE__: Precache;

const PRECACHE = __PRECACHE__;
const INDEX = "index.html";
/** Caches are per origin, not per folder: the name keeps apps in other folders of the same site apart. */
const CACHE_PREFIX = `nianbao-check ${self.registration.scope} `;
const CACHE_NAME = CACHE_PREFIX + PRECACHE.version;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.addAll(PRECACHE.files))
      .then(() => self.skipWaiting()),
  );
});

async function deleteOldCaches(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)));
}

self.addEventListener("activate", (event) => {
  event.waitUntil(deleteOldCaches().then(() => self.clients.claim()));
});

async function networkFirstPage(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(new URL(INDEX, self.registration.scope).href, { cacheName: CACHE_NAME });
    if (cached) return cached;
    throw error;
  }
}

/** Files loaded only on demand (the OCR recogniser, see vite.config.ts): not precached, kept once fetched. */
const ON_DEMAND = "tesseract/";

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: CACHE_NAME });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && request.url.startsWith(new URL(ON_DEMAND, self.registration.scope).href)) {
    const cache = await caches.open(CACHE_NAME);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(request.mode === "navigate" ? networkFirstPage(request) : cacheFirst(request));
});
