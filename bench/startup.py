"""How soon a reader sees their own letter, and what the site downloads.

    .venv/bin/python bench/startup.py [SITE_DIR] [--runs 3] [--stay 20] [--keys 30]

Serves an already built site on 127.0.0.1:8000 (the address it is built
for: Material's instant navigation needs it) and drives Debian's Chromium
through every row of issue 11's table, RUNS times each, in one run, so every
time is compared with the floor measured beside it. Prints one table and
exits 0 whatever the figures; it exits 1 only when something never happens
(a letter that never shows, a page that fails).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.client
import http.server
import mimetypes
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlparse

ROOT = Path(__file__).resolve().parents[1]
# The project, and the test support whose writer pages and browser it reuses.
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

# Without this Playwright does not report what a service worker fetches, and
# the precache is most of what a reader downloads.
os.environ.setdefault("PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1")

from playwright.sync_api import Error as PlaywrightError  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

import generators  # noqa: E402
from browser.writers import pages_by_writer  # noqa: E402
from support.browser import CHROMIUM, CHROMIUM_FLAGS, PYTHON_STARTED  # noqa: E402

HOST, PORT = "127.0.0.1", 8000
BENCH_PREFIX = "/__bench__/"
ANY_WRITER = re.compile(r'data-component="(?:writer|link-maker|journal)"')
WRITER_ROOT = '.ns-writer[data-writer="{0}"]'

RUNTIME_FILE = re.compile(r"/pyodide/(pyodide\.asm\.wasm|pyodide\.asm\.mjs|pyodide\.mjs|[^/]+\.(?:whl|zip|bin))$")
# The keystroke field starts with this, so "how much of what was typed does
# the letter show" is a plain substring test however short the typed part is.
SENTINEL = "Qzx"
LONG_WAIT_MS = 120_000

mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("application/wasm", ".wasm")


class BenchError(Exception):
    """Something that should happen never did: not a slow figure, a failure."""


# --- The bare page: Pyodide from the site's own runtime, nothing else. ------

BARE_PAGE = """<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Pyodide floor</title>
<script type="module" src="bare.mjs"></script></html>
"""

# The page only starts the worker and notes when the answer arrives, on the
# page's clock (0 = navigation start).
BARE_SCRIPT = """
const options = Object.fromEntries(new URLSearchParams(location.search));
const worker = new Worker(new URL("bare-worker.mjs", import.meta.url), { type: "module" });
window.__bare = new Promise((resolve) => {
  worker.onmessage = ({ data }) => resolve({ ...data, answeredAt: performance.now(), workerOrigin: performance.timeOrigin });
  worker.onerror = (event) => resolve({ error: event.message || "the worker failed to start" });
});
worker.postMessage(options);
"""

# mode=floor: loadPyodide and 1+1. mode=render: Python started as the
# site's worker starts it (interpreter.mjs, from the build's snapshot) and
# one render of a writer's example.
# Marks are absolute (timeOrigin + now) so the page can place them.
BARE_WORKER = """
const clock = () => performance.timeOrigin + performance.now();
self.onmessage = async ({ data }) => {
  const marks = { start: clock() };
  try {
    const runtime = new URL("/pyodide/", self.location.origin).href;
    const { loadPyodide } = await import(`${runtime}pyodide.mjs`);
    if (data.mode !== "render") {
      const options = { indexURL: runtime };
      if (data.stdlib) options.stdLibURL = new URL(data.stdlib, self.location.origin).href;
      const pyodide = await loadPyodide(options);
      marks.started = clock();
      postMessage({ answer: String(pyodide.runPython("1+1")), marks });
      return;
    }
    const { startPython } = await import(new URL("/assets/javascripts/python/interpreter.mjs", self.location.origin).href);
    const python = await startPython({ runtimeURL: runtime, loadPyodide });
    marks.started = clock();
    const pyodide = python.pyodide;
    pyodide.globals.set("bench_writer", data.writer);
    const body = pyodide.runPython(
      "import generators\\n" +
      "spec = generators.SPECS[bench_writer]\\n" +
      "generators.render(bench_writer, spec.example, spec.example_today).letters[0].body",
    );
    marks.rendered = clock();
    postMessage({ answer: body, marks, start: python.start });
  } catch (error) {
    postMessage({ error: String(error?.message ?? error) });
  }
};
"""

# Installed in every page before its scripts: when each letter text first
# appeared, what each input event left in the field, when each click came,
# all on the page's own clock (instant navigation keeps the document, so
# one clock spans both writers).
PAGE_PROBE = """
(() => {
  const bench = (window.__bench = { seen: [], inputs: [], clicks: [] });
  let last = null;
  const letters = () => [...document.querySelectorAll(".ns-letter__body")].map((b) => b.textContent).join("\\n\\n");
  const waiting = new Set();
  // When the letter first showed needle, or null after ms: the bench waits
  // on this promise instead of polling the page (see first_seen).
  bench.waitFor = (needle, ms) => new Promise((resolve) => {
    const seen = bench.seen.find((s) => s.text.includes(needle));
    if (seen) return resolve(seen.t);
    const waiter = { needle, resolve };
    waiting.add(waiter);
    setTimeout(() => waiting.delete(waiter) && resolve(null), ms);
  });
  new MutationObserver(() => {
    const text = letters();
    if (text !== last) {
      last = text;
      const t = performance.now();
      bench.seen.push({ t, text });
      for (const waiter of waiting) {
        if (text.includes(waiter.needle)) {
          waiting.delete(waiter);
          waiter.resolve(t);
        }
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener("input", (e) => bench.inputs.push({ t: performance.now(), value: e.target.value }), true);
  document.addEventListener("click", () => bench.clicks.push(performance.now()), true);
})();
"""

# Types a value into a writer's field the moment that writer says it is
# ready (its status), as the fastest possible reader would.
TYPE_ON_ARRIVAL = """
([root, control, value]) => {
  const attempt = () => {
    const writer = [...document.querySelectorAll(root)].find((w) => w.querySelector('.ns-status[data-state="ready"]'));
    const element = writer?.querySelector(control);
    if (!element) return false;
    element.value = value;
    element.dispatchEvent(new Event("input", { bubbles: true }));
    window.__bench.typedAt = performance.now();
    return true;
  };
  if (attempt()) return;
  const watch = new MutationObserver(() => attempt() && watch.disconnect());
  watch.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state"] });
}
"""



# --- Serving the site, and counting what leaves the server. ---------------

@dataclass
class Tally:
    """Bodies the server sent, by path: every fetch, whoever made it (page,
    worker, service worker, their main scripts), as it crossed the network
    (compressed, with --production). The browser's own count misses the
    bodies of worker scripts, so this is the count the table shows."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    sent: dict[str, list[int]] = field(default_factory=dict)  # path -> [bodies sent, bytes]
    sending: int = 0  # bodies on their way

    def started(self) -> None:
        with self.lock:
            self.sending += 1

    def finished(self, path: str, size: int) -> None:
        with self.lock:
            self.sending -= 1
            if not size:  # a revalidation (304): nothing downloaded again
                return
            entry = self.sent.setdefault(path, [0, 0])
            entry[0] += 1
            entry[1] += size

    def take(self, settle_s: float = 30) -> dict[str, list[int]]:
        """What was sent so far, once nothing is on its way: a body the last
        reader's closed context left sending belongs to that reader, not the next."""
        deadline = time.monotonic() + settle_s
        while True:
            with self.lock:
                if not self.sending or time.monotonic() > deadline:
                    taken, self.sent = self.sent, {}
                    return taken
            time.sleep(0.05)


# Headers that belong to one connection, not to the response passed on.
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection"}


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """The site from its folder, or with --production passed on to nginx;
    the bare page from the bench's own folder either way, so both share
    one origin."""

    bench_dir: str = ""
    upstream: str = ""  # host:port of nginx, or "" to serve the folder
    tally: Tally

    def do_GET(self):
        if self.upstream and not self.path.startswith(BENCH_PREFIX):
            return self.pass_on(body=True)
        return super().do_GET()

    def do_HEAD(self):
        if self.upstream and not self.path.startswith(BENCH_PREFIX):
            return self.pass_on(body=False)
        return super().do_HEAD()

    def pass_on(self, body: bool) -> None:
        upstream = http.client.HTTPConnection(self.upstream, timeout=60)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
            upstream.request(self.command, self.path, headers=headers)
            response = upstream.getresponse()
            self.send_response_only(response.status, response.reason)
            for key, value in response.getheaders():
                if key.lower() not in HOP_BY_HOP:
                    self.send_header(key, value)
            self.end_headers()
            if body:
                self.copyfile(response, self.wfile)
        finally:
            upstream.close()

    def translate_path(self, path):
        if path.startswith(BENCH_PREFIX):
            rest = urlparse(path).path[len(BENCH_PREFIX):]
            return str(Path(self.bench_dir, *[p for p in rest.split("/") if p not in ("", ".", "..")]))
        return super().translate_path(path)

    def copyfile(self, source, outputfile):
        size = 0
        self.tally.started()
        try:
            while chunk := source.read(64 * 1024):
                outputfile.write(chunk)
                size += len(chunk)
        finally:
            self.tally.finished(urlparse(self.path).path, size)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site_dir: Path, bench_dir: Path, tally: Tally, production: bool = False):
    """The site and the bare page on HOST:PORT; with production, the site
    through hosting/serve.py's nginx (its headers, compression, caching)."""
    with contextlib.ExitStack() as stack:
        upstream = stack.enter_context(nginx(site_dir)) if production else ""
        yield stack.enter_context(listen(site_dir, bench_dir, tally, upstream))


@contextlib.contextmanager
def nginx(site_dir: Path):
    try:
        from hosting.headers import site_prefix
        from hosting.serve import ServeError, serve_production
    except ImportError as error:
        raise BenchError(f"--production needs hosting/serve.py ({error})") from None
    if site_prefix(site_dir) != "/":
        raise BenchError(f"{site_dir} is built for the prefix {site_prefix(site_dir)}; build it for http://{HOST}:{PORT}/")
    try:
        with serve_production(site_dir) as base_url:
            yield urlparse(base_url).netloc
    except ServeError as error:
        raise BenchError(f"nginx: {error}") from None


@contextlib.contextmanager
def listen(site_dir: Path, bench_dir: Path, tally: Tally, upstream: str):
    attributes = {"bench_dir": str(bench_dir), "tally": tally, "upstream": upstream}
    handler = functools.partial(type("Handler", (SiteHandler,), attributes), directory=str(site_dir))
    try:
        server = http.server.ThreadingHTTPServer((HOST, PORT), handler)
    except OSError as error:
        raise BenchError(f"cannot serve on {HOST}:{PORT} ({error.strerror}); the site is built for that address, so stop whatever holds it") from None
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{PORT}"
    finally:
        server.shutdown()
        server.server_close()


# The standard library as the npm package ships it (sources only), for the
# floor of row 1b: what Python's start costs without the build's compiling.
STOCK_STDLIB = "stock_python_stdlib.zip"


def write_bare_page(bench_dir: Path) -> None:
    shutil.copyfile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip", bench_dir / STOCK_STDLIB)
    (bench_dir / "bare.html").write_text(BARE_PAGE, encoding="utf-8")
    (bench_dir / "bare.mjs").write_text(BARE_SCRIPT, encoding="utf-8")
    (bench_dir / "bare-worker.mjs").write_text(BARE_WORKER, encoding="utf-8")


# --- What to open and what to type, found from the specs and the site. -----

def guide_page(site_dir: Path, writer_paths: set[str]) -> str:
    """A guide with no writer (nor any other Python tool) that links to a writer:
    where a reader lands before deciding to write."""
    for html in sorted(site_dir.rglob("index.html")):
        path = "/" + html.parent.relative_to(site_dir).as_posix() + "/"
        path = path.replace("//", "/")
        text = html.read_text(encoding="utf-8")
        if path == "/" or ANY_WRITER.search(text):
            continue
        main = text.split('<article', 1)[-1]
        if any(Path(path, href).resolve().as_posix().rstrip("/") + "/" in writer_paths
               for href in re.findall(r'href="([^"#:]+/)"', main)):
            return path
    raise BenchError("no guide page without a writer that links to one was found in the built site")


def shows(spec, values: dict, text: str) -> bool:
    """Whether the letter CPython writes for these answers quotes text."""
    result = generators.render(spec.id, values, spec.example_today)
    return any(text in letter.body for letter in result.letters)


def quoted_text_fields(spec, values: dict, probe: str) -> list[str]:
    """Text fields whose answer the letter quotes as typed, given the other answers."""
    keys = []
    for key, item in spec.fields():
        if item.kind in ("text", "textarea") and len(probe) <= item.max_length and shows(spec, {**values, key: probe}, probe):
            keys.append(key)
    return keys


def name_field(spec, name: str) -> str | None:
    """The field a counselor's link would fill with a name: the first text
    field the letter quotes on its own, preferring one called a name."""
    keys = quoted_text_fields(spec, {}, name)
    named = [k for k in keys if "name" in k]
    return (named or keys or [None])[0]


def reader_names(run: int) -> list[str]:
    """Names no sample letter holds, different for every run and row, so a
    letter showing one can only have been written for this measurement."""
    first = ["Ysolde", "Oriel", "Tamsin", "Evander", "Leocadia", "Birgitta", "Ignatius", "Wenonah"]
    last = ["Quarrington", "Brackenfell", "Osterwold", "Vantongeren", "Marchbanks", "Thistlewood"]
    picks = (run * 3 + k for k in range(3))  # distinct for the first 16 runs
    return [f"{first[i % len(first)]} {last[i // len(first) % len(last)]}" for i in picks]


# --- Measuring. ------------------------------------------------------------

@dataclass
class Fetch:
    url: str
    size: int  # body and headers
    from_service_worker: bool  # answered by the service worker's cache, not the network
    by_service_worker: bool  # asked for by the service worker itself (its precache)


class Network:
    """Everything one browser context fetched, page, workers and service worker."""

    def __init__(self, context):
        self.finished = []
        self.open = 0
        context.on("request", self._started)
        context.on("requestfinished", self._finished)
        context.on("requestfailed", self._failed)

    def _started(self, request):
        self.open += 1

    def _finished(self, request):
        self.open -= 1
        self.finished.append(request)

    def _failed(self, request):
        self.open -= 1

    def wait_idle(self, page, quiet_ms=1000, timeout_ms=LONG_WAIT_MS) -> None:
        quiet_since = time.monotonic()
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            page.wait_for_timeout(100)
            if self.open > 0:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= quiet_ms / 1000:
                return
        raise BenchError(f"the network never went quiet ({self.open} requests still open)")

    def fetches(self) -> list[Fetch]:
        out = []
        for request in self.finished:
            response = request.response()
            if response is None:
                continue
            sizes = request.sizes()
            out.append(Fetch(
                url=request.url,
                size=sizes["responseBodySize"] + sizes["responseHeadersSize"],
                from_service_worker=response.from_service_worker,
                by_service_worker=request.service_worker is not None,
            ))
        return out


@dataclass
class Visit:
    """What one reader's visit downloaded."""

    total: int  # body bytes the server sent
    runtime: dict[str, int]  # runtime file name -> times sent
    by_service_worker: int  # bytes the browser saw the service worker fetch itself
    browser_total: int  # bytes the browser saw, headers included: the cross-check


def count_visit(network: Network, tally: Tally) -> Visit:
    sent = tally.take()
    runtime: dict[str, int] = {}
    for path, (times, _) in sent.items():
        if m := RUNTIME_FILE.search(path):
            runtime[m.group(1)] = runtime.get(m.group(1), 0) + times
    fetched = [f for f in network.fetches() if not f.from_service_worker]
    return Visit(
        total=sum(size for _, size in sent.values()),
        runtime=runtime,
        by_service_worker=sum(f.size for f in fetched if f.by_service_worker),
        browser_total=sum(f.size for f in fetched),
    )


CONTEXT_OPTIONS = {"reduced_motion": "reduce", "viewport": {"width": 1280, "height": 900}}


def new_context(browser, base_url):
    context = browser.new_context(base_url=base_url, **CONTEXT_OPTIONS)
    context.add_init_script(PAGE_PROBE)
    return context


@contextlib.contextmanager
def reader_profile(playwright, base_url):
    """A context with a profile on disk, as a reader's browser has, for the
    byte rows. A private context's HTTP cache is in memory and does not keep
    the 9.6 MB wasm (measured: two fetches in a row both came from the
    server), so row 8 is counted in both: a runtime file fetched twice shows
    in the private window even where a disk cache would hide it."""
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_FLAGS, base_url=base_url, **CONTEXT_OPTIONS)
        try:
            context.add_init_script(PAGE_PROBE)
            yield context
        finally:
            context.close()


def bare(browser, base_url, **options) -> dict:
    """One cold run of the bare page; the page's times in ms from navigation start."""
    context = browser.new_context(base_url=base_url)
    try:
        page = context.new_page()
        page.goto(f"{BENCH_PREFIX}bare.html?" + "&".join(f"{k}={quote(v)}" for k, v in options.items()))
        # Waited for as the links are (first_seen).
        result = page.evaluate(
            "(ms) => Promise.race([window.__bare, new Promise((resolve) => setTimeout(() => resolve(null), ms))])",
            LONG_WAIT_MS,
        )
        if result is None:
            raise BenchError(f"the bare Pyodide page did not answer within {LONG_WAIT_MS // 1000} s")
        if "error" in result:
            raise BenchError(f"the bare Pyodide page failed: {result['error']}")
        origin = page.evaluate("() => performance.timeOrigin")
        result["marks"] = {k: v - origin for k, v in result["marks"].items()}
        return result
    finally:
        context.close()


def first_seen(page, needle: str, what: str) -> float:
    """When the letter first showed needle, by the page's probe. One call that
    returns when it has: Playwright's wait_for_function would put its own
    script into the page (24-31 ms of the page's thread, in the middle of
    the start it measures) and poll it on every frame."""
    seen = page.evaluate("([needle, ms]) => window.__bench.waitFor(needle, ms)", [needle, LONG_WAIT_MS])
    if seen is None:
        raise BenchError(f"{what}: the letter never showed {needle!r} within {LONG_WAIT_MS // 1000} s")
    return seen


def wait_for_service_worker(page, network: Network) -> None:
    """Active, and nothing left to fetch: the precache is done."""
    # Polled by hand: wait_for_function takes a returned promise itself as a yes.
    deadline = time.monotonic() + LONG_WAIT_MS / 1000
    while not page.evaluate("async () => (await navigator.serviceWorker.ready).active?.state === 'activated'"):
        if time.monotonic() > deadline:
            raise BenchError("the service worker never became active")
        time.sleep(0.25)
    network.wait_idle(page)


def wait_for_code_cache(page) -> None:
    """The first visit's last work, once its offline copy is complete: the
    browser keeps Pyodide's compiled code beside it (python/code-cache.mjs).
    A reader who stays a second longer than the copy takes has it."""
    try:
        page.wait_for_function("() => performance.getEntriesByName('code-cache-kept').length > 0", timeout=LONG_WAIT_MS)
    except PlaywrightError:
        raise BenchError(f"the compiled code was not kept within {LONG_WAIT_MS // 1000} s of the offline copy") from None


def link_to_other_writer(page, pages: dict[str, str], here: str, usable: set[str]) -> str:
    """Marks a visible link in the page to another writer and returns that writer."""
    targets = {path: gid for gid, path in pages.items() if gid != here and gid in usable}
    found = page.evaluate(
        """(targets) => {
            for (const a of document.querySelectorAll("a[href]")) {
              const url = new URL(a.href, location.href);
              if (url.origin !== location.origin || url.hash || !(url.pathname in targets)) continue;
              if (!a.getClientRects().length || getComputedStyle(a).visibility === "hidden") continue;
              a.setAttribute("data-bench-target", "");
              return targets[url.pathname];
            }
            return null;
        }""",
        targets,
    )
    if not found:
        raise BenchError(f"the page of {here} has no visible link to another writer")
    return found


def state_of(text: str, typed: str) -> int:
    """How many of the typed characters the letter shows."""
    count = 0
    while count < len(typed) and SENTINEL + typed[: count + 1] in text:
        count += 1
    return count if SENTINEL in text else -1


def keystrokes(page, spec, key: str, typed: str) -> tuple[list[float], dict]:
    """Types one character at a time, each after the last one showed; returns
    each keystroke's time to the letter. Then types the same again as one
    quick burst and checks that the letter ends with all of it and never
    goes back to an older answer."""
    control = f"#ns-{spec.id}-{key}"
    page.fill(control, SENTINEL)
    first_seen(page, SENTINEL, "keystrokes")
    page.focus(control)
    latencies = []
    for i, char in enumerate(typed, start=1):
        inputs_before = page.evaluate("() => window.__bench.inputs.length")
        page.keyboard.type(char)
        needle = SENTINEL + typed[:i]
        shown_at = first_seen(page, needle, f"keystroke {i}")
        typed_at = page.evaluate("(n) => window.__bench.inputs[n].t", inputs_before)
        latencies.append(shown_at - typed_at)

    page.fill(control, SENTINEL)
    try:
        page.wait_for_function(
            "([bare, longer]) => window.__bench.seen.at(-1).text.includes(bare) && !window.__bench.seen.at(-1).text.includes(longer)",
            arg=[SENTINEL, SENTINEL + typed[0]], timeout=LONG_WAIT_MS,
        )
    except PlaywrightError:
        raise BenchError("keystrokes: the letter never went back to the emptied field") from None
    burst = typed[::-1]
    inputs_before = page.evaluate("() => window.__bench.inputs.length")
    page.keyboard.type(burst, delay=40)
    last_typed = page.evaluate("(n) => window.__bench.inputs.at(-1).t", inputs_before)
    final_at = first_seen(page, SENTINEL + burst, "burst of keystrokes")
    page.wait_for_timeout(1000)
    after = [s for s in page.evaluate("() => window.__bench.seen") if s["t"] > final_at]
    stale = sum(1 for s in after if state_of(s["text"], burst) < len(burst))
    return latencies, {"last_to_final_ms": final_at - last_typed, "stale_after_last": stale}


@dataclass
class Plan:
    """What every run opens and types, chosen once from the specs and the site."""

    pages: dict[str, str]
    writer: str
    names: dict[str, str]  # writer id -> field a link or a reader fills with a name
    guide: str
    typed: str


def make_plan(site_dir: Path, writer: str, keys: int) -> Plan:
    pages = pages_by_writer(site_dir)
    if not pages:
        raise BenchError(f"{site_dir} holds no letter writer page: is it a built site?")
    probe = reader_names(0)[0]
    names = {}
    for gid in pages:
        if gid in generators.SPECS and (key := name_field(generators.SPECS[gid], probe)):
            names[gid] = key
    if writer not in names:
        raise BenchError(f"no writer {writer!r} with a name field the letter quotes; try one of {', '.join(sorted(names))}")
    typed = "".join(chr(ord("a") + i % 26) for i in range(keys))
    return Plan(pages=pages, writer=writer, names=names, guide=guide_page(site_dir, set(pages.values())), typed=typed)


def keystroke_field(spec, plan: Plan, name: str) -> str:
    """The roomiest text field on the second writer, other than the name, that
    the letter quotes with the name filled in: where a reader types the most
    (the name field if it is the only one)."""
    base = {plan.names[spec.id]: name}
    keys = quoted_text_fields(spec, base, SENTINEL + plan.typed)
    others = [k for k in keys if k != plan.names[spec.id]] or keys
    if not others:
        raise BenchError(f"{spec.id}: no text field the letter quotes")
    room = {key: item.max_length for key, item in spec.fields()}
    return max(others, key=lambda k: room[k])


def one_run(playwright, browser, base_url, plan: Plan, run: int, tally: Tally, stay_s: float) -> dict:
    out = {}
    floor = bare(browser, base_url, mode="floor")
    if floor["answer"] != "2":
        raise BenchError(f"the bare page answered {floor['answer']!r} to 1+1")
    out["floor"] = floor["answeredAt"]
    out["floor_stock"] = bare(browser, base_url, mode="floor", stdlib=f"{BENCH_PREFIX}{STOCK_STDLIB}")["answeredAt"]
    rendered = bare(browser, base_url, mode="render", writer=plan.writer)
    out["bare_render"] = rendered["answeredAt"]
    out["bare_marks"] = rendered["marks"]
    out["bare_start"] = rendered["start"]

    cold_name, warm_name, next_name = reader_names(run)
    writer_key = plan.names[plan.writer]
    link = lambda name: f"{plan.pages[plan.writer]}#fill?{quote(writer_key)}={quote(name)}"  # noqa: E731
    context = new_context(browser, base_url)
    try:
        network = Network(context)
        page = context.new_page()
        page.goto(link(cold_name))
        out["cold_link"] = first_seen(page, cold_name, "cold counselor link")
        out["cold_start"] = page.evaluate(PYTHON_STARTED)
        wait_for_service_worker(page, network)
        wait_for_code_cache(page)
        page.close()

        page = context.new_page()
        page.goto(link(warm_name))
        out["warm_link"] = first_seen(page, warm_name, "warm counselor link")
        out["warm_start"] = page.evaluate(PYTHON_STARTED)
        network.wait_idle(page)

        second = link_to_other_writer(page, plan.pages, plan.writer, set(plan.names))
        control = f"#ns-{second}-{plan.names[second]}"
        page.evaluate(TYPE_ON_ARRIVAL, [WRITER_ROOT.format(second), control, next_name])
        page.click("[data-bench-target]")
        shown = first_seen(page, next_name, f"instant navigation to {second}")
        clicked = page.evaluate("() => window.__bench.clicks.at(-1)")
        typed_at = page.evaluate("() => window.__bench.typedAt")
        if not page.url.endswith(plan.pages[second]):
            raise BenchError(f"the click led to {page.url}, not to {plan.pages[second]}")
        out["next_writer"] = shown - clicked
        out["next_writer_arrived"] = typed_at - clicked
        out["second"] = second

        spec = generators.SPECS[second]
        key = keystroke_field(spec, plan, next_name)
        out["keys"], out["burst"] = keystrokes(page, spec, key, plan.typed)
        out["key_field"] = f"{second}.{key}"
    finally:
        context.close()

    tally.take()
    @contextlib.contextmanager
    def private():
        context = new_context(browser, base_url)
        try:
            yield context
        finally:
            context.close()

    visits = (
        ("guide_visit", plan.guide, False, lambda: reader_profile(playwright, base_url)),
        ("writer_visit", plan.pages[plan.writer], True, lambda: reader_profile(playwright, base_url)),
        ("writer_visit_private", plan.pages[plan.writer], True, private),
    )
    for row, path, wait_ready, opened in visits:
        with opened() as context:
            network = Network(context)
            page = context.new_page()
            page.goto(path)
            if wait_ready:
                page.wait_for_selector('.ns-status[data-state="ready"]', timeout=LONG_WAIT_MS)
            page.wait_for_timeout(stay_s * 1000)
            network.wait_idle(page, quiet_ms=500)
            out[row] = count_visit(network, tally)
    return out


# --- The table. ------------------------------------------------------------

def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def mb(size: float) -> str:
    return f"{size / 1e6:.2f} MB"


def table(runs: list[dict], plan: Plan, site_dir: Path) -> str:
    def med(key):
        return statistics.median(r[key] for r in runs)

    def ratio(key):
        ratios = [r[key] / r["floor"] for r in runs]
        return f"{statistics.median(ratios):.2f} ({min(ratios):.2f}–{max(ratios):.2f})"

    def stock_ratio(key):
        return f"{statistics.median(r[key] / r['floor_stock'] for r in runs):.2f} ×"

    def seconds(key):
        return f"{med(key) / 1000:.2f} s"

    keys = [k for r in runs for k in r["keys"]]
    marks = {m: statistics.median(r["bare_marks"][m] - r["bare_marks"]["start"] for r in runs)
             for m in ("started", "rendered")}
    guide = runs[-1]["guide_visit"]
    writer = runs[-1]["writer_visit"]
    sizes = {p.name: p.stat().st_size for p in (site_dir / "pyodide").iterdir()}

    def per_file(visit: Visit) -> str:
        names = sorted(set(visit.runtime) | {n for n in sizes if RUNTIME_FILE.search("/pyodide/" + n)})
        return ", ".join(f"{n} ×{visit.runtime.get(n, 0)}" for n in names)

    rows = [
        ("1 floor: bare page, loadPyodide, 1+1", seconds("floor"), "1.00", "—"),
        ("1b the same with npm's source-only stdlib", seconds("floor_stock"), ratio("floor_stock"), "—"),
        ("2 bare page, the site's start + one render", seconds("bare_render"), ratio("bare_render"), "—"),
        ("3 counselor link, fresh context → name in letter", seconds("cold_link"), ratio("cold_link"), "≤ 1.10 × floor"),
        ("4 same link, warm cache and service worker", seconds("warm_link"), ratio("warm_link"), "≤ 0.80 × floor"),
        ("5 instant navigation → second writer shows name", f"{med('next_writer'):.0f} ms", "", "≤ 150 ms"),
        ("6 keystroke → preview", f"p50 {percentile(keys, 50):.0f} ms, p95 {percentile(keys, 95):.0f} ms", "", "p95 ≤ 50 ms"),
        ("7 guide, no writer, stays → bytes fetched", mb(statistics.median(r["guide_visit"].total for r in runs)), "", "≤ 1 MB"),
        ("8 writer visit (a profile on disk) → bytes fetched", mb(statistics.median(r["writer_visit"].total for r in runs))
         + f", a runtime file up to ×{max(n for r in runs for n in r['writer_visit'].runtime.values())}", "",
         "each runtime file once"),
    ]
    width = [max(len(r[i]) for r in rows) for i in range(4)]
    heads = ("row", "median", "× floor (range)", "target")
    width = [max(w, len(h)) for w, h in zip(width, heads)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, width)).rstrip()  # noqa: E731
    out = [line(heads), line(["-" * w for w in width]), *map(line, rows), ""]
    bursts = [r["burst"] for r in runs]
    out += [
        f"runs: {len(runs)}; writer {plan.writer} (field {plan.names[plan.writer]}), second writer {runs[0]['second']},"
        f" keystrokes into {runs[0]['key_field']} ({len(keys)} in all), guide {plan.guide}",
        f"2 split (ms from the worker's start): Python started {marks['started']:.0f}"
        f" (from: {', '.join(sorted({r['bare_start'] for r in runs}))}), first render {marks['rendered']:.0f}",
        f"1b: rows 3 and 4 against this floor: {stock_ratio('cold_link')} and {stock_ratio('warm_link')}"
        " (the site serves its standard library byte-compiled; the issue's floor was measured with npm's)",
        f"3, 4 started from: {', '.join(sorted({r['cold_start'] for r in runs}))};"
        f" {', '.join(sorted({r['warm_start'] for r in runs}))}",
        f"5 split: click → form ready for typing {statistics.median(r['next_writer_arrived'] for r in runs):.0f} ms",
        f"6 burst of {len(plan.typed)} keys 40 ms apart: last key → final letter"
        f" {statistics.median(b['last_to_final_ms'] for b in bursts):.0f} ms; stale letters after the final one:"
        f" {sum(b['stale_after_last'] for b in bursts)}; no key lost (the final letter held every one)",
        f"7 last run: {mb(guide.total)}, of which the service worker fetched {mb(guide.by_service_worker)};"
        f" runtime: {per_file(guide)}",
        f"8 last run: {mb(writer.total)}, of which the service worker fetched {mb(writer.by_service_worker)};"
        f" runtime: {per_file(writer)}",
    ]
    for name, row in (("7", "guide_visit"), ("8", "writer_visit"), ("8 private window", "writer_visit_private")):
        visits = [r[row] for r in runs]
        again = "; ".join(
            f"run {i}: " + ", ".join(f"{n} ×{k}" for n, k in sorted(v.runtime.items()) if k > 1)
            for i, v in enumerate(visits, start=1) if any(k > 1 for k in v.runtime.values())
        )
        out.append(f"{name} per run: {', '.join(mb(v.total) for v in visits)}; fetched more than once: {again or 'nothing'}")
    for name, visit in (("7", guide), ("8", writer)):
        # The browser counts headers too but not worker scripts' bodies:
        # close to the server's figure, or a fetch went unseen by one side.
        agrees = abs(visit.browser_total - visit.total) <= 0.05 * visit.total + 100_000
        out.append(f"{name} check: the browser itself saw {mb(visit.browser_total)}"
                   + ("" if agrees else f", FAR FROM the {mb(visit.total)} the server sent: look before trusting row {name}"))
    return "\n".join(out)


def browser_ui_renderers() -> int:
    """How many renderers of Chromium's own interface are running. The flags
    switch off the one that took most of a core beside every page measured
    (BROWSER_UI_OFF); a newer Chromium may start another under a new name."""
    count = 0
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            count += b"--top-chrome-webui" in cmdline.read_bytes()
    return count


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", default="site", type=Path, help="a built site folder (default: site/)")
    parser.add_argument("--runs", type=int, default=3, help="times to measure each row (default 3)")
    parser.add_argument("--stay", type=float, default=20, help="seconds a reader stays on a page in rows 7 and 8 (default 20)")
    parser.add_argument("--keys", type=int, default=30, help="characters typed one by one in row 6 (default 30)")
    parser.add_argument("--production", action="store_true",
                        help="serve the site through hosting/serve.py's nginx (compression, caching headers)")
    parser.add_argument("--writer", default="interview-thank-you", help="the writer a counselor links to (default interview-thank-you)")
    args = parser.parse_args(argv)
    site_dir = args.site.resolve()
    try:
        if not (site_dir / "pyodide" / "pyodide.mjs").exists():
            raise BenchError(f"{site_dir} is not a built site (no pyodide/pyodide.mjs); build it first")
        plan = make_plan(site_dir, args.writer, args.keys)
        tally = Tally()
        runs = []
        ui_renderers = 0
        with tempfile.TemporaryDirectory(prefix="bench-") as bench_dir, serve(site_dir, Path(bench_dir), tally, args.production) as base_url:
            write_bare_page(Path(bench_dir))
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
                try:
                    for run in range(args.runs):
                        started = time.monotonic()
                        runs.append(one_run(playwright, browser, base_url, plan, run, tally, args.stay))
                        print(f"run {run + 1}/{args.runs} done in {time.monotonic() - started:.0f} s", file=sys.stderr)
                        ui_renderers = max(ui_renderers, browser_ui_renderers())
                finally:
                    browser.close()
        served = "through nginx (hosting/serve.py)" if args.production else "by http.server"
        print(f"site {site_dir}, served {served}; load average {os.getloadavg()[0]:.2f} at the end")
        print(table(runs, plan, site_dir))
        if ui_renderers:
            print(f"warning: {ui_renderers} renderer(s) of Chromium's own interface (--top-chrome-webui) ran on this machine beside the pages;"
                  " they share the cores, so the times are slower than a reader's (see BROWSER_UI_OFF in tests/support/browser.py)")
    except BenchError as error:
        print(f"bench/startup.py: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
