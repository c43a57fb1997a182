// The browser side of Python: a module Web Worker that starts Pyodide from
// this site (interpreter.mjs) and answers the calls declared in calls.mjs.
// This file, calls.mjs and client.mjs are the whole boundary between
// JavaScript and Python.

import { RUNTIME_URL } from "../lib/site.mjs";
import { CALLS } from "./calls.mjs";
import { startPython } from "./interpreter.mjs";
import { fetchSnapshot } from "./snapshot.mjs";

// Pyodide 314 only logs a failed wasm download or compile ("wasm
// instantiation failed!") and then waits forever. Turn that log line into a
// rejection, so the page can say the letter writer failed.
function wasmFailure() {
  return new Promise((_, reject) => {
    const warn = console.warn.bind(console);
    console.warn = (...args) => {
      warn(...args);
      if (String(args[0]).includes("wasm instantiation failed")) {
        reject(new Error("The Python runtime could not be loaded."));
      }
    };
  });
}

const failure = wasmFailure();

// The offline copy's cache, when this worker keeps what it fetches there
// itself: the page sends its name, or null when the service worker keeps
// this page's fetches (client.mjs, lib/offline.mjs). On a first visit the
// page asks for the name once Python is ready; KEEP_WAIT_MS after that
// without one, the copies are dropped and the offline copy fetches the
// runtime itself.
const KEEP_WAIT_MS = 30_000;
let cacheName; // undefined until known: a name, or null
let named;
const offlineCache = new Promise((resolve) => (named = resolve));
function nameCache(name) {
  if (cacheName !== undefined) return;
  cacheName = name;
  named(name);
}
const keeping = [];
function keep(url, copy) {
  keeping.push(offlineCache.then(async (name) => {
    // Only into a cache that still exists: a newer version may have
    // deleted it, and putting would bring it back.
    if (name && (await caches.has(name))) await (await caches.open(name)).put(url, copy);
    else await copy.body?.cancel();
  }));
}

// Pyodide fetches its wasm with the global fetch, so that is where a copy
// of each response is taken (none once the page has said there is no need).
const networkFetch = self.fetch.bind(self);
self.fetch = async (resource, options) => {
  const response = await networkFetch(resource, options);
  if (cacheName !== null && response.ok && response.status === 200 && response.type === "basic") {
    keep(response.url, response.clone());
  }
  return response;
};

// The snapshot is read on another thread, by the snapshot reader
// (snapshot-reader.mjs) at the end of the port the page sends with this
// worker's start; here when the page says that worker could not start.
// Either way it is kept offline only once it has been checked.
let readerSent;
const readerPort = new Promise((resolve) => (readerSent = resolve));
let readerFailed;
const noReader = new Promise((resolve) => (readerFailed = resolve)).then(() => null);
async function askReader(sha256) {
  const [port, digest] = await Promise.all([readerPort, sha256]);
  return new Promise((resolve) => {
    port.onmessage = ({ data }) => resolve(data);
    port.postMessage({ sha256: digest });
  });
}
async function readSnapshot(url, sha256) {
  const reply = await Promise.race([noReader, askReader(sha256)]);
  if (reply?.error) throw new Error(reply.error);
  const { inflated, file, type } = reply ?? (await fetchSnapshot(networkFetch, url, sha256));
  if (cacheName !== null) keep(url, new Response(file, { headers: type ? { "Content-Type": type } : {} }));
  return inflated;
}

// Imported here, not at the top, so a missing runtime is reported as a
// failure message instead of a worker that never answers.
const runtime = import(`${RUNTIME_URL}pyodide.mjs`);
const ready = startPython({
  runtimeURL: RUNTIME_URL,
  readSnapshot,
  loadPyodide: async (options) => Promise.race([failure, (await runtime).loadPyodide(options)]),
}).then((python) => ({ python, browser: python.pyodide.pyimport("generators.web.browser") }));
ready.then(
  async ({ python }) => {
    postMessage({ type: "ready", start: python.start });
    setTimeout(() => nameCache(null), KEEP_WAIT_MS);
    await Promise.allSettled(keeping);
    postMessage({ type: "kept" });
  },
  (error) => postMessage({ type: "failed", error: String(error?.message ?? error) }),
);

self.onmessage = async ({ data }) => {
  if (data.type === "snapshot-reader") return readerSent(data.port);
  if (data.type === "snapshot-reader-failed") return readerFailed();
  if (data.type === "offline-cache") {
    data.port.onmessage = ({ data: name }) => nameCache(name);
    return;
  }
  const { id, call, args } = data;
  try {
    const declared = CALLS[call];
    if (!declared) throw new Error(`No Python call named ${call}`);
    const { python, browser } = await ready;
    await python.install(declared.wheels);
    const json = browser.call(call, JSON.stringify(args));
    postMessage({ id, ok: true, result: JSON.parse(json) });
  } catch (error) {
    postMessage({ id, ok: false, error: String(error?.message ?? error) });
  }
};
