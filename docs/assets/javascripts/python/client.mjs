// The page's handle on the Python worker (worker.mjs): starts it once per
// visit, matches answers to requests, and restarts it once if it dies.

import { keepEverythingOffline, offlineCachePort, registerOffline } from "../lib/offline.mjs";
import { checkedCall } from "./calls.mjs";

const WORKER_URL = new URL("./worker.mjs", import.meta.url);
const READER_URL = new URL("./snapshot-reader.mjs", import.meta.url);
const CODE_CACHE_URL = new URL("./code-cache.mjs", import.meta.url);

// code-cache.mjs, once the offline copy is complete. Its import comes from
// the copy only where the service worker controls the page, as it does by
// then; where it does not, the next visit's start makes the code cache
// instead. Marked when done: for the benchmark, whose first visit waits for
// it as it waits for the copy, and for the tests.
function keepCodeCache() {
  if (!navigator.serviceWorker.controller) return;
  const worker = new Worker(CODE_CACHE_URL, { type: "module" });
  worker.onmessage = () => performance.mark("code-cache-kept");
  worker.onerror = (event) => event.preventDefault(); // nothing is lost: the next start compiles
}

export class PythonWorker {
  constructor() {
    this.state = "loading"; // loading | ready | restarting | failed
    this.listeners = new Set();
    this.pending = new Map();
    this.nextId = 1;
    this.restarts = 0;
    // On a first visit the service worker is registered once Python has
    // started (or could not): installing it would share the processor with
    // Python's start. Where one controls the page, at once.
    this.settled = new Promise((resolve) => (this.settle = resolve));
    this.registered = navigator.serviceWorker?.controller ? registerOffline() : this.settled.then(registerOffline);
    this.start();
  }

  // Calls not answered yet wait in pending: a restart sends them again.
  start() {
    this.worker = new Worker(WORKER_URL, { type: "module" });
    this.worker.onmessage = ({ data }) => this.receive(data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.crashed();
    };
    const port = offlineCachePort(this.registered);
    this.worker.postMessage({ type: "offline-cache", port }, [port]);
    this.startReader();
    for (const request of this.pending.values()) this.worker.postMessage(request.message);
  }

  // The snapshot reader (snapshot-reader.mjs), one end of a channel; the
  // Python worker gets the other end, or word that the reader failed.
  // A reader still at work when its Python worker stops is stopped too
  // (stop()): it would hold the snapshot, 17 MB, until the page closes.
  startReader() {
    const { port1, port2 } = new MessageChannel();
    const reader = new Worker(READER_URL, { type: "module" });
    reader.onerror = (event) => {
      event.preventDefault();
      this.worker.postMessage({ type: "snapshot-reader-failed" });
    };
    this.reader = reader;
    reader.postMessage(port1, [port1]);
    this.worker.postMessage({ type: "snapshot-reader", port: port2 }, [port2]);
  }

  receive(data) {
    if (data.type === "ready") {
      // When Python was ready, and how it started: for the benchmark and
      // the tests.
      performance.mark("python-ready", { detail: { start: data.start } });
      this.settle();
      this.setState("ready");
      return this.markIdle(); // the components have asked what they ask at once by now
    }
    if (data.type === "kept") {
      // Python runs here, so keep the whole site for offline use. The
      // runtime is kept by now, so it is not fetched again. A visit that
      // completes the copy has the browser keep Pyodide's code cache beside
      // it too.
      return keepEverythingOffline().then((completed) => completed && keepCodeCache());
    }
    if (data.type === "failed") return this.fail();
    const request = this.pending.get(data.id);
    if (!request) return;
    this.pending.delete(data.id);
    if (data.ok) request.resolve(data.result);
    else request.reject(new Error(data.error));
    // After the components have used the answer (their await resumes first).
    queueMicrotask(() => this.markIdle());
  }

  // Said once, as an event on window: Python has started and answered
  // everything the page asked of it so far ("next-steps:python-idle"), or
  // it could not start ("next-steps:python-failed"). On a page that starts
  // Python, Material's code waits for it (overrides/partials/hold-material.html).
  markIdle() {
    if (this.idle || this.state !== "ready" || this.pending.size) return;
    this.idle = true;
    window.dispatchEvent(new Event("next-steps:python-idle"));
  }

  // A worker that dies mid-visit (out of memory, a crash) gets one more try;
  // a second death means this device cannot run it, so stop and say so.
  crashed() {
    this.stop();
    if (this.restarts < 1 && this.state !== "failed") {
      this.restarts += 1;
      this.setState("restarting");
      this.start();
    } else {
      this.fail();
    }
  }

  fail() {
    window.dispatchEvent(new Event("next-steps:python-failed"));
    this.settle();
    this.stop();
    this.setState("failed");
    for (const request of this.pending.values()) request.reject(new Error("The letter writer stopped."));
    this.pending.clear();
  }

  stop() {
    this.worker.terminate();
    this.reader.terminate();
  }

  setState(state) {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  onState(listener) {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  // One call declared in calls.mjs; answers in the order Python gives them.
  call(name, args) {
    checkedCall(name, args);
    if (this.state === "failed") return Promise.reject(new Error("The letter writer is not available."));
    const id = this.nextId++;
    const message = { id, call: name, args };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, message });
      this.worker.postMessage(message);
    });
  }
}

let shared = null;

// One worker per visit, shared by every component and kept across instant
// navigation. Started by the first component that needs Python, so a page
// without one downloads no Python at all.
export function pythonWorker() {
  shared ??= new PythonWorker();
  return shared;
}
