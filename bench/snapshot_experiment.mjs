// Lever "a memory snapshot of the booted interpreter", tried under Node with
// Pyodide's experimental, undocumented options (_makeSnapshot on
// loadPyodide, then pyodide.makeMemorySnapshot(); _loadSnapshot to start from
// one). Nothing here is used by the site.
//
//   node bench/snapshot_experiment.mjs SITE/pyodide [WRITER] [RUNS]
//   node bench/snapshot_experiment.mjs SITE/pyodide WRITER 1 make FILE
//
// Takes two snapshots: of a just-booted interpreter, and of one that has
// the site's wheels installed, the generators imported and every writer's
// templates compiled (more than the letter worker waits for). Then times
// cold starts from nothing and from each snapshot, checks the letter each
// writes, and prints sizes and medians.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const [runtimeArg, writerArg, runsArg, role, snapshotArg] = process.argv.slice(2);
const runtimeDir = path.resolve(runtimeArg ?? "site/pyodide") + path.sep;
const writer = writerArg ?? "interview-thank-you";
const runs = Number(runsArg ?? 3);
const { loadPyodide } = await import(new URL(`file://${runtimeDir}pyodide.mjs`));

const siteOptions = {
  indexURL: runtimeDir,
  lockFileURL: `${runtimeDir}pyodide-lock.json`,
  packageBaseUrl: runtimeDir,
};
const RENDER =
  "import generators\n" +
  "spec = generators.SPECS[bench_writer]\n" +
  "generators.render(bench_writer, spec.example, spec.example_today).letters[0].body";

async function prepare(pyodide) {
  await pyodide.loadPackage(["next-steps"], { messageCallback: () => {} });
  pyodide.runPython("import generators");
}

function render(pyodide) {
  pyodide.globals.set("bench_writer", writer);
  return pyodide.runPython(RENDER);
}

// One measured start, in its own process so nothing is warm: prints JSON.
async function start(kind, snapshotPath) {
  const t0 = performance.now();
  const options = { ...siteOptions };
  if (snapshotPath) options._loadSnapshot = readFileSync(snapshotPath);
  const pyodide = await loadPyodide(options);
  const booted = performance.now();
  if (kind !== "warm") await prepare(pyodide);
  const ready = performance.now();
  const body = render(pyodide);
  const rendered = performance.now();
  process.stdout.write(JSON.stringify({ boot: booted - t0, ready: ready - t0, first: rendered - t0, body }));
}

// loadPackage leaves JavaScript references behind that a snapshot cannot
// hold ("Unexpected hiwire entry"), so the warm snapshot unpacks the same
// wheels with Python's zipfile instead.
function unpackWheels(pyodide) {
  const lock = JSON.parse(readFileSync(`${runtimeDir}pyodide-lock.json`, "utf8"));
  const files = Object.values(lock.packages).filter((p) => p.name !== "segno").map((p) => p.file_name);
  for (const file of files) pyodide.FS.writeFile(`/tmp/${file}`, readFileSync(runtimeDir + file));
  pyodide.runPython(
    `import site, zipfile\nfor f in ${JSON.stringify(files)}:\n    zipfile.ZipFile("/tmp/" + f).extractall(site.getsitepackages()[0])\n` +
      "import generators\n" +
      // Every writer's templates compiled once, so the snapshot holds them.
      "for spec in generators.SPECS.values():\n    generators.render(spec.id, spec.example, spec.example_today)",
  );
}

async function makeSnapshot(kind, file) {
  const pyodide = await loadPyodide({ ...siteOptions, _makeSnapshot: true });
  if (kind === "warm-loadPackage") await prepare(pyodide);
  if (kind === "warm") unpackWheels(pyodide);
  const snapshot = pyodide.makeMemorySnapshot();
  writeFileSync(file, snapshot);
  return snapshot.length;
}

function measure(kind, snapshotPath) {
  const args = [fileURLToPath(import.meta.url), runtimeDir, writer, "1", kind];
  if (snapshotPath) args.push(snapshotPath);
  const out = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (out.status !== 0) return { error: (out.stderr || out.stdout).trim().split("\n").slice(-3).join(" | ") };
  return JSON.parse(out.stdout);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

if (role === "make") {
  // For snapshot_in_browser.py: the warm snapshot into a file.
  await makeSnapshot("warm", snapshotArg);
} else if (role) {
  await start(role, snapshotArg);
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-snapshot-"));
  try {
    const snapshots = { none: null };
    for (const kind of ["booted", "warm-loadPackage", "warm"]) {
      const file = path.join(dir, `${kind}.bin`);
      try {
        const size = await makeSnapshot(kind, file);
        const gz = gzipSync(readFileSync(file)).length;
        console.log(`snapshot "${kind}": ${(size / 1e6).toFixed(1)} MB, ${(gz / 1e6).toFixed(1)} MB gzipped`);
        snapshots[kind] = file;
      } catch (error) {
        console.log(`snapshot "${kind}": could not be made: ${error?.message ?? error}`);
      }
    }
    const results = Object.fromEntries(Object.keys(snapshots).map((k) => [k, []]));
    for (let run = 0; run < runs; run++) {
      for (const [kind, file] of Object.entries(snapshots)) {
        if (kind === "warm-loadPackage" || (kind !== "none" && !file)) continue;
        results[kind].push(measure(kind === "warm" ? "warm" : "cold", file));
      }
    }
    const expected = results.none.find((r) => r.body)?.body;
    for (const [kind, samples] of Object.entries(results)) {
      if (!samples.length) continue;
      const failed = samples.find((s) => s.error);
      if (failed) {
        console.log(`start from ${kind}: FAILED: ${failed.error}`);
        continue;
      }
      const same = samples.every((s) => s.body === expected) ? "same letter" : "A DIFFERENT LETTER";
      console.log(
        `start from ${kind === "none" ? "nothing" : `snapshot "${kind}"`}: boot ${median(samples.map((s) => s.boot)).toFixed(0)} ms,` +
          ` wheels+import done ${median(samples.map((s) => s.ready)).toFixed(0)} ms,` +
          ` first letter ${median(samples.map((s) => s.first)).toFixed(0)} ms (medians of ${samples.length}); ${same}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
