// The offline copy (the service worker, sw.js at the site root). Reading
// guides keeps only what was read; a letter writer whose Python is running
// asks for the whole site to be kept, so every writer then works offline.

import { SITE_ROOT } from "./site.mjs";

const WORKER = new URL("sw.js", SITE_ROOT);

export function registerOffline() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register(WORKER).catch(() => {
    /* no offline copy (a private window, say); everything else still works */
  });
}

export function keepEverythingOffline() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.ready
    .then((registration) => registration.active?.postMessage({ type: "keep-everything" }))
    .catch(() => {});
}
