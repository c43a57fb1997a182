"""Trust: accessibility on every page and in every form state, keyboard-only
use, hostile input and links, the Content-Security-Policy, offline use, and
what happens when Python cannot run."""

from __future__ import annotations

import shutil
import time
from datetime import date
from urllib.parse import quote

import pytest

import generators
from support.browser import ExplainingPage, format_violations
from browser.writers import control_id, example_today, fill, shown_letters, typed_example, wait_for_python
from support.paths import ROOT

pytestmark = pytest.mark.browser

SPECS = sorted(generators.SPECS.values(), key=lambda s: s.id)
DOCS = ROOT / "docs"
PAGES = sorted(
    "/" + (p.parent if p.stem == "index" else p.with_suffix("")).relative_to(DOCS).as_posix().removeprefix(".") + "/"
    for p in DOCS.rglob("*.md")
)
PAGES = [page.replace("//", "/") for page in PAGES]
PAYLOADS = [line for line in (ROOT / "tests" / "xss_payloads.txt").read_text(encoding="utf-8").splitlines() if line]
TEXT_KINDS = ("text", "textarea", "email")


def example_values(spec):
    return typed_example(spec)


def check_page(visit, label: str):
    violations = visit.axe_violations()
    assert violations == [], f"{label}: {format_violations(violations)}"
    assert visit.csp_violations() == [], label
    assert visit.foreign_requests() == [], label


# --- Every page ---------------------------------------------------------------

def test_the_page_list_is_the_site():
    assert len(PAGES) >= 30 and "/" in PAGES and "/letters/interview-thank-you/" in PAGES


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_accessible_reflows_and_stays_on_this_site(visit, path):
    page = visit.open(path)
    page.wait_for_load_state("networkidle")
    check_page(visit, path)
    # 320 CSS pixels wide: no sideways scrolling (WCAG 1.4.10).
    page.set_viewport_size({"width": 320, "height": 720})
    page.wait_for_timeout(100)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    # Our controls are at least 24 by 24 CSS pixels (WCAG 2.5.8).
    small = page.evaluate("""() => [...document.querySelectorAll(
        '.ns-writer button, .ns-writer input, .ns-writer select, .ns-writer textarea, .ns-writer a.md-button, .md-typeset .md-button')]
        .filter(e => e.offsetParent !== null)
        .map(e => [e.id || e.className || e.tagName, e.getBoundingClientRect()])
        .filter(([, r]) => r.width < 24 || r.height < 24)
        .map(([name, r]) => `${name} ${Math.round(r.width)}x${Math.round(r.height)}`)""")
    assert small == [], f"{path}: targets under 24px: {small}"
    assert visit.errors == [], visit.errors


# --- Every writer, every form state -------------------------------------------

@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_every_form_state_passes_axe(visit, writer_pages, spec):
    page = visit.open(writer_pages[spec.id])
    visit.wait_ready()
    check_page(visit, "empty")
    page.click(f".ns-writer[data-writer='{spec.id}'] .ns-submit")
    wait_for_python(page, spec)
    check_page(visit, "errors shown")
    fill(page, spec, example_values(spec))
    wait_for_python(page, spec)
    check_page(visit, "filled")
    link_values = "&".join(f"{quote(k)}={quote(str(v))}" for k, v in example_values(spec).items()
                           if not isinstance(v, list))
    page = visit.open(writer_pages[spec.id] + "#fill?" + link_values)
    visit.wait_ready()
    page.locator(".ns-link-notice:not([hidden])").wait_for()
    wait_for_python(page, spec)
    check_page(visit, "prefilled from a link")
    assert visit.errors == [], visit.errors


def press_until(page, predicate: str, arg, key="Tab", limit=400):
    for _ in range(limit):
        if page.evaluate(predicate, arg):
            return
        page.keyboard.press(key)
    raise AssertionError(f"never reached {arg} with {key}")


FOCUSED_FIELD = "(name) => document.activeElement?.name === name"


def keyboard_fill(page, spec, values):
    """Fill the form with key presses only: Tab between fields, type, arrows
    for radio groups, Space for check boxes, Enter on "Add another"."""
    fields = dict(spec.fields())
    for key, value in values.items():
        f = fields[key]
        row_hidden = page.evaluate(
            "(id) => Boolean(document.querySelector(id)?.closest('.ns-group__item')?.hidden)",
            control_id(spec, key) + ("-" + f.choices[0].value if f.choices else ""),
        )
        if row_hidden:
            press_until(page, "() => document.activeElement?.classList.contains('ns-group__add')", None)
            page.keyboard.press("Enter")  # focus moves into the new row
        press_until(page, FOCUSED_FIELD, key)
        if f.kind == "radio":
            press_until(page, "([name, v]) => document.activeElement.value === v && document.activeElement.checked",
                        [key, value], key="ArrowDown", limit=len(f.choices) + 1)
        elif f.kind == "checkboxes":
            for choice in f.choices:
                press_until(page, "(v) => document.activeElement.value === v", choice.value)
                if page.evaluate("() => document.activeElement.checked") != (choice.value in value):
                    page.keyboard.press("Space")
        elif f.kind == "select":
            press_until(page, "(v) => document.activeElement.value === v", value, key="ArrowDown", limit=50)
        elif f.kind == "date":
            year, month, day = value.split("-")
            page.keyboard.type(month + day + year)  # Chromium's en-US date field: mm dd yyyy
        else:
            page.keyboard.type(value)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_each_writer_works_with_the_keyboard_alone(visit, writer_pages, spec):
    page = visit.open(writer_pages[spec.id])
    visit.wait_ready()
    values = example_values(spec)
    keyboard_fill(page, spec, values)
    press_until(page, "() => document.activeElement?.classList.contains('ns-submit')", None)
    page.keyboard.press("Enter")
    wait_for_python(page, spec)
    expected = generators.render(spec.id, example_today(spec), date.today())
    assert page.locator(".ns-error-summary").is_hidden()
    assert [l["body"] for l in shown_letters(page, spec)] == [l.body for l in expected.letters]
    press_until(page, "() => document.activeElement?.dataset.action === 'copy-body'", None)
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.ns-copy-status').textContent.includes('copied')")
    assert page.evaluate("navigator.clipboard.readText()") == expected.letters[0].body


# --- Hostile input ------------------------------------------------------------

def test_the_corpus_is_big_enough():
    assert len(PAYLOADS) >= 50


SET_ALL = """([keys, payloads, offset]) => {
    keys.forEach((key, i) => {
        const control = document.querySelector(`[name="${key}"]`);
        control.value = payloads[(i + offset) % payloads.length];
        control.dispatchEvent(new Event('input', {bubbles: true}));
    });
}"""
INJECTED = """() => document.querySelectorAll(
    '.ns-output img:not(.ns-link__qr), .ns-output iframe, .ns-output svg, .ns-output object, .ns-output embed, ' +
    '.ns-output script, .ns-form script, .ns-form img, .ns-form iframe, ' +
    '.ns-output [onerror], .ns-output [onload], .ns-form [onerror], a[href^="javascript"]').length"""


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_every_payload_in_every_field_runs_nothing(visit, writer_pages, spec):
    page = visit.open(writer_pages[spec.id])
    visit.wait_ready()
    page.evaluate("() => document.querySelectorAll('.ns-group__item').forEach(row => row.hidden = false)")
    keys = [k for k, f in spec.fields() if f.kind in TEXT_KINDS]
    for offset in range(len(PAYLOADS)):  # every payload reaches every field once
        page.evaluate(SET_ALL, [keys, PAYLOADS, offset])
        wait_for_python(page, spec)
    assert page.evaluate("window.__xss") is None
    assert page.evaluate(INJECTED) == 0
    body = page.locator(".ns-letter__body").first.text_content()
    assert any(p in body for p in PAYLOADS), "payloads should show as text"
    assert visit.csp_violations() == []


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_hostile_links_show_text_only(visit, writer_pages, spec):
    keys = [k for k, _ in spec.fields()]
    links = []
    for start in range(0, len(PAYLOADS), len(keys)):
        pairs = [(key, PAYLOADS[(start + i) % len(PAYLOADS)]) for i, key in enumerate(keys)]
        links.append("&".join(f"{quote(k)}={quote(v)}" for k, v in pairs))
    page = visit.open(writer_pages[spec.id])
    visit.wait_ready()
    for link in links:
        # Same page, new fragment: the writer applies it without a reload.
        page.evaluate("(hash) => { location.hash = hash; }", "#fill?" + link + "&onload=1&__proto__=x")
        page.wait_for_function("() => location.hash === ''")  # applied, then cleared from the address
        page.locator(".ns-link-notice:not([hidden])").wait_for()
        wait_for_python(page, spec)
        assert page.evaluate("window.__xss") is None
        assert page.evaluate(INJECTED) == 0
        assert "did not match a question" in page.locator(".ns-link-notice").inner_text()
    assert visit.csp_violations() == []


def test_bidi_controls_and_huge_values_in_a_link_are_flagged(visit):
    spec = generators.get_spec("interview-thank-you")
    huge = "A" * 100_000
    page = visit.open(
        "/letters/interview-thank-you/#fill?your_name=" + quote("Ana\u202e evil\u202c Souza\u200b")
        + "&organization=" + huge + "&role=Clerk"
    )
    visit.wait_ready()
    notice = page.locator(".ns-link-notice")
    notice.wait_for(state="visible")
    assert "too long (100,000 characters" in notice.inner_text()
    assert page.input_value(control_id(spec, "organization")) == ""
    wait_for_python(page, spec)
    advice = page.locator("[data-field='your_name'] .ns-field-advice")
    assert "hidden formatting characters were removed" in advice.inner_text()
    assert "Ana evil Souza" in page.locator(".ns-letter__body").first.text_content()


# --- Offline and failure --------------------------------------------------------

OFFLINE_COPY_COMPLETE = """() => caches.keys().then(async (keys) => {
    const marker = new URL('__offline-copy-complete__', location.origin + '/').href;
    for (const key of keys) if (await (await caches.open(key)).match(marker)) return true;
    return false;
})"""


def wait_for_offline_copy(page):
    """The service worker controls the page and has kept the whole site."""
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=60_000)
    page.wait_until(OFFLINE_COPY_COMPLETE, timeout=120_000, what="the service worker to keep the whole site")


def test_reading_a_guide_keeps_only_what_was_read(offline_visit):
    page = offline_visit.open("/applying/follow-up/")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=60_000)
    page.reload()  # now through the service worker, which keeps what it fetches
    page.wait_for_load_state("networkidle")
    kept = page.evaluate("() => caches.keys().then(async keys => (await Promise.all(keys.map(async k =>"
                         " (await (await caches.open(k)).keys()).map(r => r.url)))).flat())")
    assert any(url.endswith("/applying/follow-up/") for url in kept), kept
    assert not any("/pyodide/" in url for url in kept), "a guide reader got Python"
    assert not page.evaluate(OFFLINE_COPY_COMPLETE)
    assert not any("/pyodide/" in url for _, url in offline_visit.requests)


def test_a_page_is_asked_for_while_the_service_worker_starts(offline_visit):
    """Navigation preload: a page the service worker controls is requested
    at once, not after the service worker has started (50-200 ms on a
    phone whose browser has stopped it)."""
    page = offline_visit.open("/applying/follow-up/")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=60_000)
    state = page.evaluate("async () => (await navigator.serviceWorker.ready).navigationPreload.getState()")
    assert state["enabled"], state
    preloaded = []
    offline_visit.context.on("request", lambda request: preloaded.append(
        request.headers.get("service-worker-navigation-preload")) if request.url.endswith("/applying/follow-up/") else None)
    page.reload()
    page.wait_for_selector("h1")
    assert "true" in preloaded, preloaded


def test_after_one_visit_every_writer_works_offline(offline_visit, writer_pages):
    page = offline_visit.open("/letters/interview-thank-you/")
    offline_visit.wait_ready()
    wait_for_offline_copy(page)
    offline_visit.context.set_offline(True)
    page.reload()
    offline_visit.wait_ready()
    # From page to page as a reader moves, by instant navigation: each page
    # comes from the offline copy, and the Python booted offline above serves them all.
    for spec in SPECS:
        offline_visit.navigate(writer_pages[spec.id])
        offline_visit.wait_ready()
        fill(page, spec, example_values(spec))
        wait_for_python(page, spec)
        expected = generators.render(spec.id, example_today(spec), date.today())
        assert [l["body"] for l in shown_letters(page, spec)] == [l.body for l in expected.letters], spec.id


@pytest.mark.parametrize("runtime_file", ["pyodide.asm.wasm", "snapshot.bin"])
def test_a_first_visit_keeps_the_runtime_as_it_arrives(offline_visit, runtime_file):
    """On a first visit the Python worker and the snapshot reader start at
    once, before the service worker has taken the page, so their requests
    pass the service worker by. The Python worker keeps what they fetch in
    the offline copy itself (offline.mjs, offlineCachePort), and the offline
    copy does not fetch it again: that would be 9.6 MB more for the wasm in
    a private window, whose HTTP cache cannot hold it. The service worker's
    script is held back here, so that the runtime has come before the
    service worker is there."""
    fetched = []  # for each fetch of the file: by the service worker itself?

    def answered(response):
        if response.url.endswith(f"/pyodide/{runtime_file}") and not response.from_service_worker:
            fetched.append(response.request.service_worker is not None)

    offline_visit.context.on("response", answered)

    def late(route):
        time.sleep(1.5)
        route.continue_()

    offline_visit.context.route("**/sw.js", late)
    page = offline_visit.open("/letters/interview-thank-you/")
    offline_visit.wait_ready()
    wait_for_offline_copy(page)
    assert fetched == [False], f"{runtime_file} was fetched again for the offline copy"
    kept = page.evaluate("""async (file) => {
        for (const key of await caches.keys()) {
            if (await (await caches.open(key)).match(new URL('pyodide/' + file, location.origin + '/'))) return key;
        }
        return null;
    }""", runtime_file)
    assert kept and kept.startswith("next-steps-"), kept


def test_the_visit_that_completes_the_offline_copy_keeps_the_code_cache(offline_visit):
    """Once the offline copy is complete, a worker imports Pyodide's
    JavaScript from it, so Chromium keeps V8's compiled code beside it for
    the next visit (python/code-cache.mjs). Once per copy: a later visit,
    which finds the copy complete, does not do it again."""
    started = []
    offline_visit.page.on("worker", lambda worker: started.append(worker.url) if worker.url.endswith("/code-cache.mjs") else None)
    page = offline_visit.open("/letters/interview-thank-you/")
    offline_visit.wait_ready()
    wait_for_offline_copy(page)
    page.wait_for_function("() => performance.getEntriesByName('code-cache-kept').length === 1", timeout=30_000)
    assert len(started) == 1, started
    page.reload()
    offline_visit.wait_ready()
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(2_000)  # the copy is found complete within milliseconds of Python's start
    assert len(started) == 1, started
    assert page.evaluate("() => performance.getEntriesByName('code-cache-kept').length") == 0


def test_a_new_build_replaces_the_old_cache(browser, site_dir, tmp_path):
    import http.server
    import functools
    import threading

    from offline import write_service_worker  # overrides/hooks, on the path below

    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(copy))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    context = browser.new_context()
    try:
        page = ExplainingPage(context.new_page())
        page.goto(base + "/letters/interview-thank-you/")
        wait_for_offline_copy(page)
        # The site's own copies, one per build.
        site_copies = "caches.keys().then(keys => keys.filter(key => key.startsWith('next-steps-')))"
        old = page.evaluate(site_copies)
        assert len(old) == 1
        css = copy / "assets" / "stylesheets" / "next-steps.css"
        css.write_text(css.read_text() + "\n/* a new build */\n")
        new_version = write_service_worker(copy)
        assert f"next-steps-{new_version}" != old[0]
        page.reload()
        page.wait_until(
            f"(name) => {site_copies}.then(keys => keys.length === 1 && keys[0] === name)",
            arg=f"next-steps-{new_version}", timeout=60_000, what="the new build's cache to replace the old one",
        )
    finally:
        context.close()
        server.shutdown()


def test_blocked_runtime_keeps_the_form_and_offers_the_sample(fresh_visit):
    fresh_visit.page.route("**/*.wasm", lambda route: route.abort())
    page = fresh_visit.open("/letters/interview-thank-you/")
    page.fill("#ns-interview-thank-you-organization", "Kept as typed")
    page.wait_for_selector('.ns-status[data-state="failed"]', timeout=60_000)
    assert "could not start" in page.locator(".ns-status").inner_text()
    assert page.input_value("#ns-interview-thank-you-organization") == "Kept as typed"
    assert page.locator(".ns-letter__body").first.text_content().startswith("Dear Dana Lee,")
    page.click(".ns-letter [data-action='copy-body']")  # the sample can still be copied by hand
    page.wait_for_function("() => document.querySelector('.ns-copy-status').textContent !== ''")


def crash_on(token_of_fetch):
    """A route that serves the real worker with one line added: worker number
    n (counting fetches) dies, as an out-of-memory crash would, on the first
    message holding "CRASH-n". The product ships no such hook."""
    fetches = []

    def handle(route):
        fetches.append(route.request.url)
        source = route.fetch().text()
        token = token_of_fetch(len(fetches))
        crash = ("self.addEventListener('message', (event) => {"
                 f" if (JSON.stringify(event.data).includes({token!r})) throw new Error('simulated crash'); }});\n")
        route.fulfill(status=200, content_type="text/javascript", body=crash + source)

    return handle


def test_a_worker_whose_script_never_loads_says_so(fresh_visit):
    """A worker that fails before it runs at all (its script missing) is
    tried once more, as a crashed one is, and then the page says so."""
    fetches = []

    def missing(route):
        fetches.append(route.request.url)
        route.fulfill(status=404, body="")

    fresh_visit.context.route("**/python/worker.mjs", missing)
    page = fresh_visit.open("/letters/interview-thank-you/")
    page.fill("#ns-interview-thank-you-organization", "Kept as typed")
    page.wait_for_selector('.ns-status[data-state="failed"]', timeout=60_000)
    assert "could not start" in page.locator(".ns-status").inner_text()
    assert page.input_value("#ns-interview-thank-you-organization") == "Kept as typed"
    assert len(fetches) == 2, fetches
    # Each try's snapshot reader is stopped with it, not left holding the snapshot.
    readers = lambda: [worker.url for worker in page.workers if "snapshot-reader" in worker.url]  # noqa: E731
    deadline = time.monotonic() + 10
    while readers() and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert readers() == []


def test_a_crashed_worker_restarts_once_then_says_so(fresh_visit):
    fresh_visit.context.route("**/python/worker.mjs", crash_on(lambda n: f"CRASH-{n}"))
    page = fresh_visit.open("/letters/interview-thank-you/")
    fresh_visit.wait_ready()
    page.fill("#ns-interview-thank-you-your_name", "CRASH-1")  # the first worker dies on this
    page.wait_for_selector('.ns-status[data-state="restarting"]')
    fresh_visit.wait_ready()
    # The request that was on its way when it died is answered by the new worker.
    page.wait_for_function("() => document.querySelector('.ns-letter__body').textContent.includes('CRASH-1')")
    page.fill("#ns-interview-thank-you-your_name", "After the restart")
    page.wait_for_function(
        "() => document.querySelector('.ns-letter__body').textContent.includes('After the restart')")
    page.fill("#ns-interview-thank-you-your_name", "CRASH-2")  # and a second death is the last
    page.wait_for_selector('.ns-status[data-state="failed"]')
    assert "could not start" in page.locator(".ns-status").inner_text()
    assert page.input_value("#ns-interview-thank-you-your_name") == "CRASH-2"
    # The crash was simulated by the route, not by anything the site ships.
    shipped = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs" / "assets" / "javascripts").rglob("*.*js"))
    assert "crash-worker" not in shipped and "simulated crash" not in shipped
