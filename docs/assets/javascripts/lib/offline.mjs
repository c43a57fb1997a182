// The offline copy (the service worker, sw.js at the site root). Reading
// guides keeps only what was read; a letter writer whose Python is running
// asks for the whole site to be kept, so every writer then works offline.

import { SITE_ROOT } from "./site.mjs";

const WORKER = new URL("sw.js", SITE_ROOT);

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

// A port for a Python worker (client.mjs) on which one message arrives: the
// name of the offline copy's cache when the worker must keep what it
// fetches there itself, or null. On a first visit the Python worker starts
// at once, before any service worker has taken the page, so its requests
// pass the service worker by; keeping the runtime as it arrives spares the
// offline copy fetching it again (9.6 MB more where the HTTP cache cannot
// hold it: a private window). null when the service worker keeps what this
// page fetches itself (it controls the page), or when there is none.
// registered: the registration the page makes, or null.
export function offlineCachePort(registered) {
  const { port1, port2 } = new MessageChannel();
  if (!("serviceWorker" in navigator) || navigator.serviceWorker.controller) {
    port1.postMessage(null);
  } else {
    registered.then((registration) => {
      // The newest version: the one whose cache the next pages will use.
      const worker = registration && (registration.installing ?? registration.waiting ?? registration.active);
      if (worker) worker.postMessage({ type: "cache-name" }, [port1]);
      else port1.postMessage(null);
    });
  }
  return port2;
}

// Resolves to true when this call completed the offline copy (false when it
// was complete already, or could not be completed now).
export function keepEverythingOffline() {
  if (!("serviceWorker" in navigator)) return Promise.resolve(false);
  return navigator.serviceWorker.ready
    .then((registration) => {
      takeUpdate(registration);
      if (!registration.active) return false;
      const { port1, port2 } = new MessageChannel();
      const completed = new Promise((resolve) => (port1.onmessage = ({ data }) => resolve(data === true)));
      registration.active.postMessage({ type: "keep-everything" }, [port2]);
      return completed;
    })
    .catch(() => false);
}
