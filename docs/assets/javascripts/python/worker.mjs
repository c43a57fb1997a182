// The browser side of Python: a module Web Worker that loads Pyodide from
// this site and answers the calls declared in calls.mjs. This file, calls.mjs
// and client.mjs are the whole boundary between JavaScript and Python.

import { SITE_ROOT } from "../lib/site.mjs";
import { BASE_WHEELS, CALLS } from "./calls.mjs";

const runtimeURL = new URL("pyodide/", SITE_ROOT).href;

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

async function start() {
  // Imported here, not at the top, so a missing runtime is reported as a
  // failure message instead of a worker that never answers.
  const { loadPyodide } = await import(`${runtimeURL}pyodide.mjs`);
  const pyodide = await Promise.race([wasmFailure(), loadPyodide({
    indexURL: runtimeURL,
    // The lock file written by the build lists only the wheels the site
    // serves, with their sha256; Pyodide checks each one as it loads it.
    lockFileURL: `${runtimeURL}pyodide-lock.json`,
    packageBaseUrl: runtimeURL,
    // Fetched while the runtime boots, not after it.
    packages: BASE_WHEELS,
  })]);
  return { pyodide, browser: pyodide.pyimport("generators.web.browser") };
}

const ready = start();
ready.then(
  () => postMessage({ type: "ready" }),
  (error) => postMessage({ type: "failed", error: String(error?.message ?? error) }),
);

self.onmessage = async ({ data }) => {
  const { id, call, args } = data;
  try {
    const declared = CALLS[call];
    if (!declared) throw new Error(`No Python call named ${call}`);
    const { pyodide, browser } = await ready;
    if (declared.wheels.length) await pyodide.loadPackage(declared.wheels, { messageCallback: () => {} });
    const json = browser.call(call, JSON.stringify(args));
    postMessage({ id, ok: true, result: JSON.parse(json) });
  } catch (error) {
    postMessage({ id, ok: false, error: String(error?.message ?? error) });
  }
};
