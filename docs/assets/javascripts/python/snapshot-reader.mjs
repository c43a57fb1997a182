// The snapshot reader: a worker that downloads Python's snapshot, inflates
// it as it arrives and checks it, so the Python worker's own thread, which
// every start waits on, compiles and instantiates Pyodide meanwhile (on a
// visit to a writer that thread is busy from its start until Python is
// ready, while a core is free).
// The page starts it beside the Python worker and sends it a port; the
// download starts at once, before the Python worker has the lock. On the
// port, the Python worker (worker.mjs) asks once, {sha256}, and gets
// back what fetchSnapshot gives (the file to keep offline, and the
// contents), or {error}. Then this worker ends.

import { RUNTIME_URL } from "../lib/site.mjs";
import { SNAPSHOT_FILE, fetchSnapshot } from "./snapshot.mjs";

// The sha256 comes later, from the Python worker, which has the lock.
let receiveSha256;
const read = fetchSnapshot(fetch, RUNTIME_URL + SNAPSHOT_FILE, new Promise((resolve) => (receiveSha256 = resolve)));
read.catch(() => {}); // reported when asked

self.onmessage = ({ data: port }) => {
  port.onmessage = async ({ data: question }) => {
    receiveSha256(question.sha256);
    try {
      const { inflated, file, type } = await read;
      port.postMessage({ inflated, file, type }, [inflated.buffer, file]);
    } catch (error) {
      port.postMessage({ error: String(error?.message ?? error) });
    }
    close();
  };
};
