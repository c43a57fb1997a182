// The interpreter as the build leaves it, every module the site uses already
// imported, in one file: pyodide/snapshot.bin. Every start begins from it
// (interpreter.mjs), so no reader's device boots Python, installs a wheel or
// imports a module. The build writes it (packSnapshot, in
// overrides/hooks/compile_for_the_browser.mjs); the page reads it
// (unpackSnapshot). Both sides use this file, so the format lives here only.
//
// Pyodide's own snapshot (its experimental _makeSnapshot / _loadSnapshot) is
// its header and then the whole WebAssembly memory: 31 MB. Most of that is
// zeros or the data the runtime's .wasm already holds, which the browser
// writes into memory when it instantiates the runtime. So the file keeps
// only the runs of bytes that differ from memory as just instantiated, and
// the page lays them over a copy of that memory before Pyodide restores it.
// Memory as just instantiated is zeros past its first 3.8 MB, so only that
// part is copied.
// Gzipped, that is 4.6 MB, against 6.2 MB for the whole snapshot gzipped
// (Pyodide 314.0.7, the site's wheels and standard library, December 2026).
//
// The file, before gzip (little-endian 32-bit numbers):
//   MAGIC, size (of Pyodide's snapshot), memoryStart (where its copy of
//   memory begins; its header comes before), baselineLength (how much of
//   memory as just instantiated is not all zeros after it), runCount, then
//   runCount pairs (offset into Pyodide's snapshot, length), then the runs'
//   bytes in order.

// In the runtime's folder, beside pyodide.mjs. The lock names the
// snapshot's sha256 and the size of Pyodide's snapshot it holds
// (info.snapshot_sha256, info.snapshot_size).
export const SNAPSHOT_FILE = "snapshot.bin";
// The standard library a start from the snapshot mounts: an empty zip. The
// snapshot holds, already imported, every standard module that every call
// loads, so a start from it reads no zip and the reader downloads none.
export const SNAPSHOT_STDLIB = "snapshot_stdlib.zip";
// The standard modules only a wheel loaded on demand uses (segno, for the
// link maker's QR codes): put in place with that wheel, after a start from
// the snapshot (info.on_demand_stdlib_sha256).
export const ON_DEMAND_STDLIB = "on_demand_stdlib.zip";

const MAGIC = 0x324e534e; // "NSN2"
const HEAD_WORDS = 5;
// Equal stretches shorter than this stay inside a run. At 256 bytes the file
// has about 800 runs instead of 9,000 (at 32), and gzips no larger.
const MIN_GAP = 256;

// The file's contents for Pyodide's snapshot, given memory as it was just
// after the runtime was instantiated (captured by capturingMemory).
export function packSnapshot(snapshot, initialMemory) {
  const memoryStart = new Uint32Array(snapshot.buffer, snapshot.byteOffset, 2)[1];
  const baseline = (offset) => (offset < memoryStart ? 0 : initialMemory[offset - memoryStart] ?? 0);
  let baselineLength = Math.min(initialMemory.length, snapshot.length - memoryStart);
  while (baselineLength > 0 && initialMemory[baselineLength - 1] === 0) baselineLength -= 1;
  const runs = [];
  let offset = 0;
  while (offset < snapshot.length) {
    if (snapshot[offset] === baseline(offset)) {
      offset += 1;
      continue;
    }
    const start = offset;
    let equal = 0;
    while (offset < snapshot.length && equal < MIN_GAP) {
      equal = snapshot[offset] === baseline(offset) ? equal + 1 : 0;
      offset += 1;
    }
    runs.push([start, offset - equal - start]);
  }
  const payload = runs.reduce((sum, [, length]) => sum + length, 0);
  const head = (HEAD_WORDS + 2 * runs.length) * 4;
  const file = new Uint8Array(head + payload);
  const words = new Uint32Array(file.buffer, 0, head / 4);
  words.set([MAGIC, snapshot.length, memoryStart, baselineLength, runs.length]);
  let at = head;
  runs.forEach(([start, length], i) => {
    words.set([start, length], HEAD_WORDS + 2 * i);
    file.set(snapshot.subarray(start, start + length), at);
    at += length;
  });
  return file;
}

// The snapshot file (gzipped by the build), fetched with fetchFile and
// inflated as it arrives, then checked against sha256 (the lock's
// info.snapshot_sha256, or a promise of it: the download need not wait for
// the lock). Gives {inflated, file, type}: the contents, and the file as
// downloaded with its Content-Type, to keep for offline use once checked.
export async function fetchSnapshot(fetchFile, url, sha256) {
  const response = await fetchFile(url);
  if (!response.ok) throw new Error(`The snapshot could not be loaded (${response.status}).`);
  const [download, inflating] = response.body.tee();
  const [file, inflated] = await Promise.all([
    new Response(download).arrayBuffer(),
    new Response(inflating.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer(),
  ]);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", file));
  if ([...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("") !== (await sha256)) {
    throw new Error("The snapshot does not match the lock's sha256");
  }
  return { inflated: new Uint8Array(inflated), file, type: response.headers.get("Content-Type") };
}

// The snapshot file's contents, read. Its size is in the lock
// (info.snapshot_size), so Pyodide can be handed an empty array of that size
// at once and compile the runtime while the file downloads;
// `fill(bytes, memory)` completes that array from the file and from the
// runtime's memory as just instantiated, which capturingMemory hands over.
export function unpackSnapshot(file) {
  const words = new Uint32Array(file.buffer, file.byteOffset, Math.floor(file.byteLength / 4));
  if (words.length < HEAD_WORDS || words[0] !== MAGIC) throw new Error("Not a Next Steps snapshot");
  const [, size, memoryStart, baselineLength, runCount] = words;
  let at = (HEAD_WORDS + 2 * runCount) * 4;
  const runs = [];
  for (let i = 0; i < runCount; i++) {
    const [start, length] = words.subarray(HEAD_WORDS + 2 * i, HEAD_WORDS + 2 * i + 2);
    runs.push([start, file.subarray(at, at + length)]);
    at += length;
  }
  if (at !== file.byteLength) throw new Error("The snapshot is cut short");
  return {
    size,
    fill(bytes, memory) {
      // The rest of bytes is zeros already, as the rest of memory is.
      bytes.set(memory.subarray(0, baselineLength), memoryStart);
      for (const [start, run] of runs) bytes.set(run, start);
    },
  };
}

// Pyodide's createPyodideModule option, wrapping the runtime's own: hands
// the runtime's memory (bytes), as just instantiated, to onMemory before
// anything runs in it. Emscripten calls preRun functions with the module
// once the WebAssembly instance exists, and starts the runtime once every
// run dependency is removed: this one goes when onMemory has finished.
export function capturingMemory(runtimeModule, onMemory) {
  return async (settings) => {
    const { default: createPyodideModule } = await runtimeModule;
    const capture = (module) => {
      module.addRunDependency("capturingMemory");
      // A failure leaves the runtime waiting: the caller reports it.
      Promise.resolve(onMemory(new Uint8Array(module.HEAP8.buffer)))
        .then(() => module.removeRunDependency("capturingMemory"), () => {});
    };
    settings.preRun = [...settings.preRun, capture];
    return createPyodideModule(settings);
  };
}
