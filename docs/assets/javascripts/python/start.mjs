// Loaded from <head> (overrides/main.html) on a page whose components use
// Python: Pyodide takes seconds to boot, so the worker starts before the
// page's own code has arrived. The components share this one worker.
// On a first visit it registers the service worker and starts once that has
// taken the page (client.mjs, offlineSettled), so the runtime the worker
// fetches is kept as it arrives instead of being fetched again.

import { pythonWorker } from "./client.mjs";

pythonWorker();
