// Loaded from <head> (overrides/main.html) on a page whose components use
// Python: Pyodide takes seconds to boot, so the worker starts before the
// page's own code has arrived. The components share this one worker.

import { registerOffline } from "../lib/offline.mjs";
import { pythonWorker } from "./client.mjs";

// The service worker first (registered once; main.mjs asks again, later): on
// a first visit the Python worker starts once it has taken the page
// (offlineSettled), so the runtime the worker fetches is kept as it arrives
// instead of being fetched again for the offline copy.
registerOffline();
pythonWorker();
