// The browser side of Python: a module Web Worker that loads Pyodide from
// this site and answers render requests. This file and worker-client.mjs are
// the whole boundary between JavaScript and Python.
//
// In:  {id, fn, args}    fn: a name in CALLS of generators/browser.py
// Out: {type: "ready"} once, or {type: "failed", error} if Python cannot start
//      {id, ok: true, result} or {id, ok: false, error} for each request

const runtimeURL = new URL("../../pyodide/", import.meta.url).href;

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
    // serves, with their sha256; loadPackage checks each one.
    lockFileURL: `${runtimeURL}pyodide-lock.json`,
    packageBaseUrl: runtimeURL,
  })]);
  await pyodide.loadPackage(["next-steps"], { messageCallback: () => {} });
  return { pyodide, browser: pyodide.pyimport("generators.web.browser") };
}

// Wheels that only some calls need, loaded the first time one is made.
const EXTRA_PACKAGES = { qr: ["segno"] };

const ready = start();
ready.then(
  () => postMessage({ type: "ready" }),
  (error) => postMessage({ type: "failed", error: String(error?.message ?? error) }),
);

self.onmessage = async ({ data }) => {
  const { id, fn, args } = data;
  try {
    const { pyodide, browser } = await ready;
    if (EXTRA_PACKAGES[fn]) await pyodide.loadPackage(EXTRA_PACKAGES[fn], { messageCallback: () => {} });
    const json = browser.call(fn, JSON.stringify(args));
    postMessage({ id, ok: true, result: JSON.parse(json) });
  } catch (error) {
    postMessage({ id, ok: false, error: String(error?.message ?? error) });
  }
};
