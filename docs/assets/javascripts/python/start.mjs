// Loaded from <head> (overrides/main.html) on a page whose components use
// Python: Pyodide takes seconds to boot, so the worker starts before the
// page's own code has arrived. The components share this one worker.

import { registerOffline } from "../lib/offline.mjs";
import { pythonWorker } from "./client.mjs";

// The service worker first (main.mjs registers it too, later): on a first
// visit it takes the page, and the Python worker with it, as soon as it is
// active, so the runtime the worker fetches after that is kept as it
// arrives instead of being fetched again for the offline copy.
registerOffline();
pythonWorker();
