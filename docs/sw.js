// Service worker: after one visit, the whole site and its Python runtime
// stay on the device, so every letter writer works with no network.
// The build (overrides/hooks/offline.py) fills in VERSION and PRECACHE; a
// new build changes VERSION, which installs a new worker and drops the old
// cache.

const VERSION = "dev";
const PRECACHE = [];
const CACHE = `next-steps-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("next-steps-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Pages: the network first, so a new build shows at once; the cache
    // when offline. The fragment (a counselor's answers) is never sent.
    event.respondWith(fetch(request).catch(() => caches.match(request, { ignoreSearch: true })));
    return;
  }
  // Everything else is versioned by the cache name: the cache first.
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});
