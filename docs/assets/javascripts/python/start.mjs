// Loaded from <head> (overrides/main.html) on a page whose components use
// Python: Pyodide takes seconds to boot, so the worker starts before the
// page's own code has arrived. The components share this one worker.
// On a first visit the worker starts before any service worker has taken
// the page (client.mjs registers one once Python has started), and keeps
// the runtime it fetches in the offline copy itself (lib/offline.mjs,
// offlineCachePort), so that is not fetched again.

import { pythonWorker } from "./client.mjs";

pythonWorker();
