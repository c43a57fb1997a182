// The offline copy (the service worker, sw.js at the site root). Reading
// guides keeps only what was read; a letter writer whose Python is running
// asks for the whole site to be kept, so every writer then works offline.

import { SITE_ROOT } from "./site.mjs";

const WORKER = new URL("sw.js", SITE_ROOT);

// At most this long, a first visit's Python worker waits for the service
// worker to take the page (offlineSettled).
const CLAIM_WAIT_MS = 3000;

let registering = null;

// Registers once per page; resolves to the registration, or null.
export function registerOffline() {
  if (!("serviceWorker" in navigator)) return Promise.resolve(null);
  registering ??= navigator.serviceWorker.register(WORKER).then(
    (registration) => {
      // None where service workers are blocked (a browser's setting).
      if (!registration) return null;
      takeUpdate(registration);
      registration.addEventListener("updatefound", () => {
        registration.installing?.addEventListener("statechange", () => takeUpdate(registration));
      });
      return registration;
    },
    () => null, // no offline copy (a private window, say); everything else still works
  );
  return registering;
}

// A new version calls skipWaiting() as it installs, but Chromium gives up
// the switch when the page's requests reach the old version at that moment
// (a page starting Python makes a burst of them), and the new version then
// waits until every tab of the site is closed. Asked again once things are
// quiet, it takes over.
function takeUpdate(registration) {
  registration.waiting?.postMessage({ type: "skip-waiting" });
}

// Resolves once a service worker that is about to take this page (a first
// visit: it installs, then claims the page) has done so. A Python worker
// started after it is taken too, so the runtime it fetches is kept as it
// arrives. Started before, the runtime is fetched again for the offline
// copy: 9.6 MB more where the HTTP cache cannot hold it (a private window).
// Resolves at once when no service worker is coming (none, refused, or
// active but not claiming: a hard reload), and after CLAIM_WAIT_MS at most.
export function offlineSettled() {
  if (!("serviceWorker" in navigator) || navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => {
    const settle = () => {
      navigator.serviceWorker.removeEventListener("controllerchange", settle);
      clearTimeout(timer);
      resolve();
    };
    navigator.serviceWorker.addEventListener("controllerchange", settle);
    const timer = setTimeout(settle, CLAIM_WAIT_MS);
    registerOffline().then((registration) => {
      if (!registration?.installing && !registration?.waiting) settle();
    });
  });
}

export function keepEverythingOffline() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.ready
    .then((registration) => {
      takeUpdate(registration);
      registration.active?.postMessage({ type: "keep-everything" });
    })
    .catch(() => {});
}
