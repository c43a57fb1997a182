// Python for this site, started one way wherever it runs: in the page's
// worker (worker.mjs), in the Pyodide test tier under Node
// (tests/pyodide_runner.mjs), in the bench, and in the build, which takes
// the snapshot every start begins from (snapshot.mjs).
//
// A start restores that snapshot: the interpreter with every module the
// site uses imported, so nothing is booted, installed or imported on the
// reader's device. If it cannot be used (a browser without
// DecompressionStream, a copy cut short, a runtime it was not taken with),
// Python boots from the standard library and the wheels, as the build did.

import { BASE_WHEELS } from "./calls.mjs";
import {
  ON_DEMAND_STDLIB,
  SNAPSHOT_FILE,
  SNAPSHOT_STDLIB,
  capturingMemory,
  fetchSnapshot,
  unpackSnapshot,
} from "./snapshot.mjs";

// Wheels go in as files, unpacked by Python's zipfile, not through
// Pyodide's loadPackage: its loader imports standard modules (tarfile,
// email, importlib.metadata) that the site's standard library leaves out.
// A standard library given with them replaces the mounted one; the import
// system reads its directory again.
const INSTALL = `
import importlib, json, os, site, sys, zipfile
for path in json.loads(wheel_files):
    with zipfile.ZipFile(path) as wheel:
        wheel.extractall(site.getsitepackages()[0])
    os.remove(path)
if standard_library:
    os.replace(standard_library, next(entry for entry in sys.path if entry.endswith(".zip")))
importlib.invalidate_caches()
`;

// The lock's entries for these wheels and what they depend on.
export function wheelsFor(lock, names) {
  const found = new Set();
  const visit = (name) => {
    if (found.has(name)) return;
    found.add(name);
    for (const dependency of lock.packages[name].depends) visit(dependency);
  };
  names.forEach(visit);
  return [...found].sort().map((name) => ({ name, ...lock.packages[name] }));
}

// The Subresource Integrity form of a sha256: fetch checks it as it downloads.
function integrity(sha256) {
  const bytes = sha256.match(/../g).map((pair) => parseInt(pair, 16));
  return `sha256-${btoa(String.fromCharCode(...bytes))}`;
}

async function download(fetchFile, url, sha256) {
  const response = await fetchFile(url, { integrity: integrity(sha256) });
  if (!response.ok) throw new Error(`The Python runtime could not be loaded (${url.split("/").pop()}).`);
  return response;
}

// A started interpreter: Pyodide, how it started ("snapshot" or "boot"),
// the wheels it holds, and whether its standard library is whole (a boot
// mounts it all; a start from the snapshot, none of it).
class Python {
  constructor({ pyodide, start, lock, runtimeURL, fetchFile }) {
    Object.assign(this, { pyodide, start, lock, runtimeURL, fetchFile });
    this.installed = new Set(wheelsFor(lock, BASE_WHEELS).map(({ name }) => name));
    this.wholeStdlib = start === "boot";
  }

  // Installs the wheels these names need that are not in yet (the link
  // maker's QR codes need segno, which nothing else does). After a start
  // from the snapshot, the standard modules they use come with the first.
  async install(names) {
    const wanted = wheelsFor(this.lock, names).filter(({ name }) => !this.installed.has(name));
    if (!wanted.length) return;
    const stdlib = this.wholeStdlib ? null : { file_name: ON_DEMAND_STDLIB, sha256: this.lock.info.on_demand_stdlib_sha256 };
    await installWheels(this.pyodide, this.runtimeURL, this.fetchFile, wanted, stdlib);
    wanted.forEach(({ name }) => this.installed.add(name));
    this.wholeStdlib = true;
  }
}

// Wheels ({file_name, sha256}), and a standard library to put in place if
// one is given.
export async function installWheels(pyodide, runtimeURL, fetchFile, wheels, stdlib = null) {
  const files = await Promise.all([...wheels, ...(stdlib ? [stdlib] : [])].map(async ({ file_name, sha256 }) => {
    const response = await download(fetchFile, runtimeURL + file_name, sha256);
    return { path: `/tmp/${file_name}`, bytes: new Uint8Array(await response.arrayBuffer()) };
  }));
  for (const { path, bytes } of files) pyodide.FS.writeFile(path, bytes);
  const stdlibPath = stdlib ? files.pop().path : null;
  // In a namespace of its own, with strings only: nothing of JavaScript
  // stays referenced from Python (a snapshot could not hold it).
  const namespace = pyodide.toPy({ wheel_files: JSON.stringify(files.map(({ path }) => path)), standard_library: stdlibPath });
  try {
    pyodide.runPython(INSTALL, { globals: namespace });
  } finally {
    namespace.destroy();
  }
}

async function fromSnapshot({ runtimeURL, loadPyodide, lock, options, readSnapshot }) {
  const info = lock.then(({ info }) => info);
  // Downloaded at once, and checked once the lock has come.
  const unpacked = readSnapshot(
    runtimeURL + SNAPSHOT_FILE,
    info.then(({ snapshot_sha256 }) => snapshot_sha256),
  ).then(unpackSnapshot);
  // Pyodide compiles the runtime once it has an array of the snapshot's
  // size, which is filled while the runtime compiles.
  const bytes = info.then(({ snapshot_size }) => new Uint8Array(snapshot_size));
  const loaded = loadPyodide({
    ...options,
    _loadSnapshot: bytes,
    createPyodideModule: capturingMemory(
      import(`${runtimeURL}pyodide.asm.mjs`),
      async (memory) => (await unpacked).fill(await bytes, memory),
    ),
    stdLibURL: runtimeURL + SNAPSHOT_STDLIB,
  });
  // A snapshot that cannot be read would leave Pyodide waiting: fail instead.
  const unreadable = Promise.all([unpacked, bytes]).then(([{ size }, { length }]) => {
    if (size !== length) throw new Error(`The snapshot is ${size} bytes, not the ${length} the lock says`);
    return new Promise(() => {});
  });
  return Promise.race([loaded, unreadable]);
}

async function fromBoot({ runtimeURL, loadPyodide, fetchFile, lock, options }) {
  const pyodide = await loadPyodide(options);
  await installWheels(pyodide, runtimeURL, fetchFile, wheelsFor(await lock, BASE_WHEELS));
  return pyodide;
}

// runtimeURL: the folder of pyodide.mjs, the lock and the wheels, ending in
// "/". loadPyodide: Pyodide's, or one that wraps it. fetchFile: fetch, or
// what stands in for it (Node cannot fetch file: URLs). snapshot: false
// boots without trying the snapshot (the Pyodide tier runs both starts).
// readSnapshot(url, sha256): the snapshot file's contents, by default read
// on this thread (fetchSnapshot); the page's Python worker has another
// thread read them (snapshot-reader.mjs).
export async function startPython({
  runtimeURL,
  loadPyodide,
  fetchFile = fetch,
  snapshot = true,
  readSnapshot = async (url, sha256) => (await fetchSnapshot(fetchFile, url, sha256)).inflated,
}) {
  // Fetched once, here, and handed to Pyodide too.
  const lock = fetchFile(`${runtimeURL}pyodide-lock.json`).then((response) => response.json());
  // The lock lists only the wheels the site serves, with their sha256.
  const options = { indexURL: runtimeURL, lockFileContents: lock, packageBaseUrl: runtimeURL };
  const how = { runtimeURL, loadPyodide, fetchFile, lock, options, readSnapshot };
  let pyodide = null;
  if (snapshot) {
    try {
      pyodide = await fromSnapshot(how);
    } catch (error) {
      console.warn("Starting Python without the snapshot:", error);
    }
  }
  const start = pyodide ? "snapshot" : "boot";
  pyodide ??= await fromBoot(how);
  return new Python({ pyodide, start, lock: await lock, runtimeURL, fetchFile });
}
