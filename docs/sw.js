// Service worker: keeps the site on the device so the letter writers work
// with no network. A reader who only reads guides keeps only what they
// fetched anyway (each response is cached as it arrives). Once a letter
// writer's Python is running, the page asks for the whole site, Python
// included, to be kept: files already fetched (the runtime, by then) are
// not downloaded again.
// The build (overrides/hooks/offline.py) fills in VERSION and PRECACHE; a
// new build changes VERSION, which installs a new worker and drops the old
// cache.

const VERSION = "dev";
const PRECACHE = [];
const CACHE = `next-steps-${VERSION}`;
// Stored once everything in PRECACHE is kept: a new version keeps
// everything too, so an offline copy survives an update of the site.
const COMPLETE = new URL("./__offline-copy-complete__", self.registration.scope).href;

// True when this call completed the copy: not when it was complete
// already, nor when a file could not be fetched.
async function keepEverything() {
  const cache = await caches.open(CACHE);
  if (await cache.match(COMPLETE)) return false;
  for (const url of PRECACHE) {
    const request = new URL(url, self.registration.scope).href;
    if (await cache.match(request)) continue;
    try {
      await cache.add(request);
    } catch {
      return false; // offline or a failed file: try again on the next visit
    }
  }
  await cache.put(COMPLETE, new Response(VERSION));
  return true;
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then(() => self.skipWaiting()));
});

// Kept in this version's cache only while it exists. A newer version
// deletes it as it activates, while this worker may still be answering a
// page it controlled: putting a response then would bring the old cache
// back, a second copy of the site that nothing ever deletes.
async function keep(key, response) {
  if (await caches.has(CACHE)) await (await caches.open(CACHE)).put(key, response);
}

// What earlier versions kept and this one does not use: the Python snapshot
// a first start made on the device (the site now serves one).
const RETIRED = ["python-snapshot"];

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Pages are taken first, so the old worker answers no more requests.
      await self.clients.claim();
      await self.registration.navigationPreload?.enable();
      for (const key of RETIRED) await caches.delete(key);
      const old = (await caches.keys()).filter((key) => key.startsWith("next-steps-") && key !== CACHE);
      let hadCopy = false;
      for (const key of old) {
        hadCopy ||= Boolean(await (await caches.open(key)).match(COMPLETE));
        await caches.delete(key);
      }
      if (hadCopy) await keepEverything();
    })(),
  );
});

self.addEventListener("message", (event) => {
  // The page learns on the port it sends whether this completed the copy
  // (lib/offline.mjs).
  if (event.data?.type === "keep-everything") {
    event.waitUntil(keepEverything().then((completed) => event.ports[0]?.postMessage(completed)));
  }
  // From a page that finds this version waiting (lib/offline.mjs).
  if (event.data?.type === "skip-waiting") event.waitUntil(self.skipWaiting());
  // From a page whose Python worker started before this version took the
  // page (lib/offline.mjs): it keeps what it fetches in this cache.
  if (event.data?.type === "cache-name") {
    event.waitUntil(caches.open(CACHE).then(() => event.ports[0].postMessage(CACHE)));
  }
});

// A response worth keeping: whole, from this site.
const keepable = (response) => response.ok && response.status === 200 && response.type === "basic";

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Pages: the network first, so a new build shows at once; the cache
    // when offline. The fragment (a counselor's answers) is never sent.
    // The request goes out while this worker starts (navigation preload,
    // turned on as it activates), not after.
    event.respondWith(
      Promise.resolve(event.preloadResponse)
        .then((preloaded) => preloaded ?? fetch(request))
        .then((response) => {
          if (keepable(response)) {
            event.waitUntil(keep(request.url.split("#")[0], response.clone()));
          }
          return response;
        })
        .catch(() => caches.match(request, { ignoreSearch: true })),
    );
    return;
  }
  // Everything else is versioned by the cache name: the cache first, and
  // what comes from the network is kept.
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ??
        fetch(request).then((response) => {
          if (keepable(response)) event.waitUntil(keep(request, response.clone()));
          return response;
        }),
    ),
  );
});
