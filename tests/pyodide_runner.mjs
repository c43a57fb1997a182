// Runs letter writers in real Pyodide under Node, loaded exactly as the
// browser loads them: the runtime, lock file and wheels from the built site.
//
//   node tests/pyodide_runner.mjs SITE_DIR < cases.json > results.json
//
// cases.json: [{generator, values, today}] for letters, or [{call, args}] for
// any other browser call; results: the JSON strings Python returned, in order,
// and fromSource: the standard modules that were not byte-compiled.

import path from "node:path";
import { pathToFileURL } from "node:url";

const siteDir = path.resolve(process.argv[2] ?? "site");
const runtimeDir = path.join(siteDir, "pyodide") + path.sep;
const { loadPyodide } = await import(pathToFileURL(path.join(runtimeDir, "pyodide.mjs")).href);

const pyodide = await loadPyodide({
  indexURL: runtimeDir,
  lockFileURL: path.join(runtimeDir, "pyodide-lock.json"),
  packageBaseUrl: runtimeDir,
  stdout: (line) => process.stderr.write(line + "\n"),
});
await pyodide.loadPackage(["next-steps"], { messageCallback: () => {} });
const browser = pyodide.pyimport("generators.web.browser");

// Read stdin as a stream: readFileSync(0) on a pipe fails with EAGAIN at
// random once the cases outgrow the pipe's buffer.
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const results = cases.map(({ generator, values, today, call, args }) =>
  call
    ? browser.call(call, JSON.stringify(args))
    : browser.render_json(generator, JSON.stringify(values), today),
);
// Standard modules imported from source: each is compiled on the reader's
// device at every start (the build compiles the ones the site uses).
const fromSource = pyodide.runPython(`
import sys, zipimport
sorted(name for name, module in list(sys.modules.items())
       if isinstance(getattr(module, "__loader__", None), zipimport.zipimporter)
       and (getattr(module, "__file__", None) or "").endswith(".py"))
`).toJs();
process.stdout.write(JSON.stringify({ python: pyodide.runPython("import sys; sys.version"), results, fromSource }));
