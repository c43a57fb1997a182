// The browser side of Python: a module Web Worker that loads Pyodide from
// this site and answers the calls declared in calls.mjs. This file, calls.mjs
// and client.mjs are the whole boundary between JavaScript and Python.

import { SITE_ROOT } from "../lib/site.mjs";
import { BASE_WHEELS, CALLS } from "./calls.mjs";
import { keptSnapshot, keepSnapshot } from "./snapshot.mjs";

const runtimeURL = new URL("pyodide/", SITE_ROOT).href;
const lockURL = `${runtimeURL}pyodide-lock.json`;

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

let answered;
const firstAnswer = new Promise((resolve) => { answered = resolve; });

async function boot(runtime, lockContents, options) {
  const { loadPyodide } = await runtime;
  return Promise.race([failure, loadPyodide({
    indexURL: runtimeURL,
    // The lock file written by the build lists only the wheels the site
    // serves, with their sha256; Pyodide checks each one as it loads it.
    // Fetched once, here, and shared with Pyodide.
    lockFileContents: lockContents,
    packageBaseUrl: runtimeURL,
    ...options,
  })]);
}

// The base wheels and what they depend on, from the lock, each with the
// Subresource Integrity form of its sha256 so fetch checks it as Pyodide would.
function baseWheels(lock) {
  const names = new Set();
  const visit = (name) => {
    if (names.has(name)) return;
    names.add(name);
    for (const dependency of lock.packages[name].depends) visit(dependency);
  };
  BASE_WHEELS.forEach(visit);
  return [...names].sort().map((name) => {
    const { file_name: file, sha256, imports } = lock.packages[name];
    const bytes = sha256.match(/../g).map((pair) => parseInt(pair, 16));
    return { file, sha256, imports, integrity: `sha256-${btoa(String.fromCharCode(...bytes))}` };
  });
}

// Installs the wheels without loadPackage (it leaves JavaScript references a
// snapshot cannot hold) and imports every module in them, the generators
// included, so the snapshot holds them all: a snapshot restores memory, not
// the file system, so a later start never reads site-packages.
const INSTALL = `
import importlib, json, os, pkgutil, site, zipfile
for path in json.loads(wheel_files):
    with zipfile.ZipFile(path) as wheel:
        wheel.extractall(site.getsitepackages()[0])
    os.remove(path)
for top in json.loads(wheel_imports):
    package = importlib.import_module(top)
    for module in pkgutil.walk_packages(package.__path__, top + "."):
        if not module.name.endswith(".__main__"):
            importlib.import_module(module.name)
del wheel_files, wheel_imports
`;

// The first start on this device: boot, install and import, then keep a
// memory snapshot of that state (snapshot.mjs) before any call brings the
// reader's answers in.
async function firstStart(runtime, lockContents, lock) {
  // The boot does not wait for the lock: the wheels it names are fetched
  // while the runtime compiles.
  const wheelsFetched = lock.then(({ wheels }) => Promise.all(wheels.map(async ({ file, integrity }) => {
    const response = await fetch(runtimeURL + file, { integrity });
    if (!response.ok) throw new Error(`The Python runtime could not be loaded (${file}).`);
    return { file, bytes: new Uint8Array(await response.arrayBuffer()) };
  })));
  wheelsFetched.catch(() => {}); // reported by the await below, after the boot
  const pyodide = await boot(runtime, lockContents, { _makeSnapshot: true });
  const { wheels, key } = await lock;
  for (const { file, bytes } of await wheelsFetched) pyodide.FS.writeFile(`/tmp/${file}`, bytes);
  pyodide.globals.set("wheel_files", JSON.stringify(wheels.map(({ file }) => `/tmp/${file}`)));
  pyodide.globals.set("wheel_imports", JSON.stringify(wheels.flatMap(({ imports }) => imports)));
  pyodide.runPython(INSTALL);
  const snapshot = pyodide.makeMemorySnapshot();
  // Compressed and stored once the first answer is out (or after a few idle
  // seconds if no call comes), so the first letter does not wait for it.
  const idle = new Promise((resolve) => setTimeout(resolve, 3000));
  Promise.race([firstAnswer, idle]).then(() => keepSnapshot(key, snapshot));
  return pyodide;
}

// Every later start: the interpreter as it was, every module imported.
async function laterStart(runtime, lockContents, snapshot) {
  return boot(runtime, lockContents, { _loadSnapshot: snapshot.bytes });
}

async function start() {
  // Imported here, not at the top, so a missing runtime is reported as a
  // failure message instead of a worker that never answers.
  const runtime = import(`${runtimeURL}pyodide.mjs`);
  // The wheels this build serves, and the key of their snapshot: a snapshot
  // is good only for the runtime, standard library and wheels it was taken
  // with.
  const lockContents = fetch(lockURL).then((response) => response.json());
  const lock = lockContents.then((contents) => {
    const wheels = baseWheels(contents);
    const hashes = [contents.info.stdlib_sha256, ...wheels.map(({ sha256 }) => sha256)].map((hash) => hash.slice(0, 16));
    return { wheels, key: [contents.info.platform, contents.info.python, ...hashes].join("-") };
  });
  const snapshot = await keptSnapshot(lock.then(({ key }) => key));
  if (snapshot) {
    try {
      const pyodide = await laterStart(runtime, lockContents, snapshot);
      return { pyodide, start: "snapshot", browser: pyodide.pyimport("generators.web.browser") };
    } catch (error) {
      // A snapshot this runtime cannot take (another Pyodide build, a copy
      // cut short): start as the first time, which replaces it.
      console.warn("Starting Python without the kept snapshot:", error);
    }
  }
  const pyodide = await firstStart(runtime, lockContents, lock);
  return { pyodide, start: "boot", browser: pyodide.pyimport("generators.web.browser") };
}

const ready = start();
ready.then(
  ({ start }) => postMessage({ type: "ready", start }),
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
  answered();
};
