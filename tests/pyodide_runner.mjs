// Runs letter writers in real Pyodide under Node, started exactly as the
// browser starts it (docs/assets/javascripts/python/interpreter.mjs): the
// runtime, lock, snapshot and wheels from the built site.
//
//   node tests/pyodide_runner.mjs SITE_DIR [snapshot|boot] < cases.json > results.json
//
// snapshot (the default): from the build's snapshot, as every visit starts;
// boot: as a browser that cannot use it does.
// cases.json: [{generator, values, today}] for letters, or [{call, args}] for
// any other browser call. Prints {python, start, results, importedLater}:
// results are the JSON strings Python returned, in order; importedLater,
// the modules the cases imported that the start had not.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { CALLS } from "../docs/assets/javascripts/python/calls.mjs";
import { startPython } from "../docs/assets/javascripts/python/interpreter.mjs";

const siteDir = path.resolve(process.argv[2] ?? "site");
const how = process.argv[3] ?? "snapshot";
const runtimeDir = path.join(siteDir, "pyodide") + path.sep;
const { loadPyodide } = await import(pathToFileURL(path.join(runtimeDir, "pyodide.mjs")).href);

// Node cannot fetch files: read them, checking the integrity the browser
// would check.
async function fetchFile(file, { integrity } = {}) {
  const bytes = readFileSync(file);
  if (integrity && integrity !== `sha256-${createHash("sha256").update(bytes).digest("base64")}`) {
    throw new TypeError(`${path.basename(file)} does not match its integrity ${integrity}`);
  }
  return new Response(bytes);
}

const python = await startPython({
  runtimeURL: runtimeDir,
  loadPyodide: (options) => loadPyodide({ ...options, stdout: (line) => process.stderr.write(line + "\n") }),
  fetchFile,
  snapshot: how === "snapshot",
});
const { pyodide } = python;
if (python.start !== how) throw new Error(`Python started from ${python.start}, not ${how}`);
const browser = pyodide.pyimport("generators.web.browser");
const modules = () => new Set(pyodide.runPython("import sys; list(sys.modules)").toJs());
const started = modules();

// Read stdin as a stream: readFileSync(0) on a pipe fails with EAGAIN at
// random once the cases outgrow the pipe's buffer.
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const results = [];
for (const { generator, values, today, call, args } of cases) {
  if (call) await python.install(CALLS[call].wheels); // as the worker does
  results.push(call ? browser.call(call, JSON.stringify(args)) : browser.render_json(generator, JSON.stringify(values), today));
}
const importedLater = [...modules()].filter((name) => !started.has(name)).sort();
process.stdout.write(JSON.stringify({ python: pyodide.runPython("import sys; sys.version"), start: python.start, results, importedLater }));
