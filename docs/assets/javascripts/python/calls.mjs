// The worker contract: every call the page may make to Python, declared once.
// Each entry names a function of CALLS in generators/web/browser.py, the
// arguments it takes (by name) and any wheel beyond the project's own that
// it needs (installed the first time it is called). tests/test_worker_contract.py
// checks this table against the Python one, both ways.
//
// Messages, page → worker: {type: "offline-cache", port} first (the port
//                          brings the name of the cache to keep the runtime
//                          in, or null: lib/offline.mjs), and {type:
//                          "snapshot-reader", port} (the port reaches the
//                          worker that reads the snapshot:
//                          snapshot-reader.mjs), then {id, call, args};
//                          {type: "snapshot-reader-failed"} if that worker
//                          could not start
//           worker → page: {type: "ready", start} once, or {type: "failed", error}
//                          (start: "snapshot" when Python started from the
//                          one the site serves, or "boot": interpreter.mjs)
//                          {type: "kept"} once what the start fetched is kept
//                          {id, ok: true, result} or {id, ok: false, error}

export const CALLS = Object.freeze({
  render: { args: ["writer", "values", "today"], wheels: [] },
  export: { args: ["letter", "format"], wheels: [] },
  open_link: { args: ["writer", "params", "values", "today"], wheels: [] },
  link: { args: ["writer", "values", "page_url"], wheels: [] },
  qr: { args: ["text"], wheels: ["segno"] },
  carry: { args: ["writer", "values", "target", "page_url"], wheels: [] },
  group_template: { args: ["writer"], wheels: [] },
  group_links: { args: ["writer", "text", "page_url"], wheels: [] },
  journal_entry: { args: ["values", "today"], wheels: [] },
  journal_summary: { args: ["entries", "today"], wheels: [] },
  journal_export: { args: ["entries"], wheels: [] },
});

// The wheels every call needs: the project's own, which brings Jinja2.
export const BASE_WHEELS = ["next-steps"];

// Components name calls through this, so a typo fails loudly, not silently.
export function checkedCall(name, args) {
  const declared = CALLS[name];
  if (!declared) throw new Error(`No Python call named ${name}`);
  const given = Object.keys(args).sort().join(",");
  const expected = [...declared.args].sort().join(",");
  if (given !== expected) throw new Error(`${name} takes ${expected}, not ${given}`);
  return declared;
}
