// The interpreter's memory just after its first start on this device, kept
// in the browser's Cache Storage, so every later visit starts Python from it
// in about a second instead of booting it again (worker.mjs). It is made
// before any call reaches Python, so it holds none of the reader's answers;
// gzip keeps it to about a quarter of its size. One snapshot is kept: the
// one for the wheels this build serves (its key names their hashes).

import { SITE_ROOT } from "../lib/site.mjs";

const CACHE = "python-snapshot";
// A cache key, never fetched: under the site's own root, so two sites on one
// host keep their own.
const PREFIX = new URL("python-snapshot/", SITE_ROOT).href;

// The kept snapshot for this key as {bytes}, a promise (Pyodide takes one,
// so the copy is unpacked while the runtime compiles), or null if none. The
// key (from the lock) is awaited only when some snapshot is kept, so a first
// visit boots without waiting for the lock.
export async function keptSnapshot(key) {
  try {
    const cache = await caches.open(CACHE);
    const kept = (await cache.keys()).some((request) => request.url.startsWith(PREFIX));
    const hit = kept && (await cache.match(PREFIX + (await key)));
    if (!hit) return null;
    const body = hit.body.pipeThrough(new DecompressionStream("gzip"));
    return { bytes: new Response(body).arrayBuffer().then((buffer) => new Uint8Array(buffer)) };
  } catch {
    // No Cache Storage here (a private window may refuse it): start as the
    // first time.
    return null;
  }
}

export async function keepSnapshot(key, bytes) {
  try {
    const body = new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"));
    const compressed = await new Response(body).blob();
    const cache = await caches.open(CACHE);
    await cache.put(PREFIX + key, new Response(compressed, { headers: { "Content-Type": "application/gzip" } }));
    for (const request of await cache.keys()) {
      if (request.url.startsWith(PREFIX) && request.url !== PREFIX + key) await cache.delete(request);
    }
  } catch {
    // Storage full or refused: the next visit boots as this one did.
  }
}
