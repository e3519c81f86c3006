/// <reference lib="webworker" />
// The service worker: the whole built app is precached at install, so after one visit
// every screen opens with no network at all.
//  - Navigations to any app path get the cached index.html (deep links work offline).
//  - /v1/ (the sync API) is never routed here and never cached: its answers are about
//    people and must come from the endpoint or not at all (the app keeps its own data in
//    IndexedDB).
//  - The Pashto and Urdu handout fonts are not precached (too big for everyone): the
//    first handout in those languages fetches them from our endpoint, and this worker
//    keeps them (cache first) so later handouts have them offline.
//  - A new version waits until the page asks for it (SKIP_WAITING, sent when the person
//    presses Reload), so nobody loses typed input to an update.
//  - Texts of languages other than English are kept once the page says the device uses
//    that language (KEEP_LANGUAGE, language-files.ts), and kept again by each new version.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { type BackgroundSyncEvent, handleSyncEvent } from '../src/sync/background-sync.ts';
import { languageOfFile, splitLanguageFiles } from './language-files.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

// oxlint-disable-next-line no-underscore-dangle -- the name vite-plugin-pwa injects into
const { precached, byLanguage } = splitLanguageFiles(self.__WB_MANIFEST);
precacheAndRoute(precached);
cleanupOutdatedCaches();

/** The cache of the languages this device uses, besides English. */
const languageCache = 'tz-languages';
const languagePaths = new Set([...byLanguage.values()].flat());

/** Fetches and keeps every file of `language` not kept yet (one per namespace). */
async function keepLanguage(language: string): Promise<void> {
  const cache = await caches.open(languageCache);
  const kept = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  await Promise.all((byLanguage.get(language) ?? []).filter((path) => !kept.has(path)).map((path) => cache.add(path)));
}

/** The languages the version before this one kept. */
async function keptLanguages(): Promise<string[]> {
  const cache = await caches.open(languageCache);
  const languages = (await cache.keys()).map((request) => languageOfFile(new URL(request.url).pathname));
  return [...new Set(languages.filter((language) => language !== null))];
}

registerRoute(({ url, sameOrigin }) => sameOrigin && languagePaths.has(url.pathname), new CacheFirst({ cacheName: languageCache }));

// A new version keeps the languages the old one kept, so an update never takes a
// language away offline. A file that cannot be fetched now is fetched when used.
self.addEventListener('install', (event) => {
  event.waitUntil(
    keptLanguages()
      .then((languages) => Promise.all(languages.map(keepLanguage)))
      .catch(() => {}),
  );
});

// Files of older versions leave the language cache once this version runs.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.open(languageCache).then(async (cache) => {
      for (const request of await cache.keys()) if (!languagePaths.has(new URL(request.url).pathname)) await cache.delete(request);
    }),
  );
});

/** Paths the navigation fallback must leave to the network. */
const apiPath = /^\/v1(\/|$)/;

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [apiPath] }));

/** Hashed file names: a cached copy never goes stale, a new build brings a new name. */
const handoutFont = /^\/assets\/noto-[a-z-]+-arabic-400-normal-[\w-]+\.woff2$/;
const handoutFontCache = 'handout-fonts';
registerRoute(
  ({ url }) => url.origin === self.location.origin && handoutFont.test(url.pathname),
  async ({ request }) => {
    const cache = await caches.open(handoutFontCache);
    const kept = await cache.match(request);
    if (kept) return kept;
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  },
);

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; language?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === 'KEEP_LANGUAGE' && typeof data.language === 'string') event.waitUntil(keepLanguage(data.language).catch(() => {}));
});

// Background Sync (Chrome on Android): the page asks for a `sync` event when changes are
// waiting; the browser fires it once the network is back, even with the app closed.
self.addEventListener('sync', (event) => handleSyncEvent(event as unknown as BackgroundSyncEvent));

// A tapped notification (e.g. a viewing starting within the hour) opens its screen: in an
// open window of the app if there is one, else in a new one. Only paths of this app.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data as { url?: unknown } | null)?.url;
  const path = typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? url : '/';
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows[0];
      if (open) {
        await open.focus();
        // navigate() works only in a window this worker controls.
        const navigated = await open.navigate(path).then(
          (client) => client !== null,
          () => false,
        );
        if (navigated) return;
      }
      await self.clients.openWindow(path);
    })(),
  );
});

// The first install takes the open page at once (so it works offline without a reload);
// later versions still wait for SKIP_WAITING above.
clientsClaim();
