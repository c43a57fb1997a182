// The code cache: a worker that only imports Pyodide's JavaScript, started
// once, when a visit has just completed the offline copy (client.mjs).
//
// Chromium keeps V8's compiled code for a script beside the copy the
// service worker served it from, made the first time the script runs from
// that copy. Without this worker that first time is the next visit's
// Python start, so that visit compiles pyodide.asm.mjs (1.2 MB) again, and
// only the visit after it finds the code. The build's compile hint
// (overrides/hooks/browser_runtime.py) makes V8 compile every function of
// it here, not only the top level. Other browsers read the hint as a
// comment; this import costs them one compile, once per offline copy.

import { RUNTIME_URL } from "../lib/site.mjs";

// V8 writes the code out in a task after the module has run: this worker
// stays that long, with room to spare, before it says so and ends.
const WRITE_WAIT_MS = 1000;

await import(`${RUNTIME_URL}pyodide.asm.mjs`);
setTimeout(() => {
  postMessage("kept");
  close();
}, WRITE_WAIT_MS);
