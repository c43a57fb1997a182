// Loaded from <head> (overrides/main.html) on a page whose components use
// Python: Pyodide takes seconds to boot, so the worker starts before the
// page's own code has arrived. The components share this one worker.

import { pythonWorker } from "./client.mjs";

pythonWorker();
