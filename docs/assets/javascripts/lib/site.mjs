// The site's root, found from this file's own address (<site>/assets/javascripts/lib/),
// so the code works wherever the site is hosted, under any path.
export const SITE_ROOT = new URL("../../../", import.meta.url);

// The Python runtime's folder: pyodide.mjs, the lock, the wheels and the
// snapshot (python/worker.mjs, python/snapshot-reader.mjs).
export const RUNTIME_URL = new URL("pyodide/", SITE_ROOT).href;
