"""Tier 3 support, loaded as a pytest plugin: the built site served on
127.0.0.1 at the address it was built for, Debian's Chromium, and pages that
explain themselves when a wait runs out.

Speed comes from keeping Python warm: most tests share one browser context
and one page, and move between pages the way a reader does, with Material's
instant navigation, so Python boots once per test process instead of once
per test. Storage is cleared between tests. A test that needs a context of
its own (a clock, a route, offline, a service worker, a second tab) asks for
``fresh_visit``; one about the service worker asks for ``offline_visit``.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from .paths import ROOT, SITE

CHROMIUM = "/usr/bin/chromium"
# Part of Chromium's own user interface, switched off: in Chromium 156 every
# new window (each Playwright context) starts a renderer for the address
# bar's popup, which loads its page about ten times and takes most of a core
# for several seconds. A phone has no such popup, and a desktop browser
# loads it once; on this 2-core machine it slowed whatever page was measured
# beside it (bench/startup.py on the same code: floor 1.92 s with it, 1.74 s
# without; the warm link 1.99 s and 1.56 s).
BROWSER_UI_OFF = "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup"
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-quic", "--no-first-run", BROWSER_UI_OFF,
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
VIEWPORT = {"width": 1280, "height": 720}
# Long enough for Python to boot on a loaded 2-core machine; a wait that
# runs out says what the page showed instead (see ExplainingPage).
READY_TIMEOUT = 120_000

# How the page's Python started (python/client.mjs marks it): "snapshot",
# from the one the site serves, or "boot" (python/interpreter.mjs).
PYTHON_STARTED = "() => performance.getEntriesByName('python-ready')[0]?.detail.start ?? null"

# What the page shows about its state, for the message of a wait that ran out.
PAGE_STATE = """async () => {
  const text = (selector) => [...document.querySelectorAll(selector)].map(e => e.textContent.trim()).filter(Boolean);
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => null);
  const state = (worker) => worker ? worker.state : null;
  return {
    service_worker: registration ? {
      controls_the_page: Boolean(navigator.serviceWorker.controller),
      active: state(registration.active), waiting: state(registration.waiting), installing: state(registration.installing),
    } : null,
    caches: await caches.keys().catch(() => null),
    address: location.href,
    status: [...document.querySelectorAll('.ns-status')].map(s => `${s.dataset.state}: ${s.textContent.trim()}`),
    rendering: [...document.querySelectorAll('[data-component]')].filter(c => 'rendering' in c.dataset).map(c => c.dataset.writer || c.dataset.component),
    letters_draft: [...document.querySelectorAll('.ns-letters')].map(l => l.dataset.draft ?? '(sample)'),
    copy_status: text('.ns-copy-status'),
    error_summary: text('.ns-error-summary:not([hidden]) li'),
    advice: text('.ns-advice:not([hidden]) li'),
  };
}"""


def describe_page(page) -> str:
    try:
        return json.dumps(page.evaluate(PAGE_STATE), ensure_ascii=False, indent=1)
    except PlaywrightError as error:  # the page itself is gone or navigating
        return f"(the page could not be read: {error})"


class ExplainingPage:
    """A Playwright page whose waits, on timeout, fail with what they waited
    for and what the page showed instead, not a bare timeout."""

    def __init__(self, page):
        self._page = page

    def __getattr__(self, name):
        return getattr(self._page, name)

    def _explain(self, what: str, error: Exception):
        raise AssertionError(f"Waited for {what}, but it never came ({error.message.splitlines()[0]}).\n"
                             f"The page showed: {describe_page(self._page)}") from None

    def wait_for_function(self, expression, *args, **kwargs):
        if re.search(r"\.then\(|\basync\b|\bawait\b", str(expression)):
            raise TypeError("wait_for_function passes at once on a returned promise: use wait_until")
        try:
            return self._page.wait_for_function(expression, *args, **kwargs)
        except PlaywrightTimeout as error:
            self._explain(f"{' '.join(str(expression).split())} (arg {kwargs.get('arg')!r})", error)

    def wait_until(self, expression: str, arg=None, timeout: int = 30_000, what: str = ""):
        """Poll an expression that may return a promise (a clipboard read, the
        caches): wait_for_function takes a returned promise itself as a yes."""
        deadline = time.monotonic() + timeout / 1000
        while not self._page.evaluate(expression, arg):
            if time.monotonic() > deadline:
                raise AssertionError(f"Waited {timeout} ms for {what or ' '.join(expression.split())}, but it never came.\n"
                                     f"The page showed: {describe_page(self._page)}")
            time.sleep(0.1)

    def wait_for_selector(self, selector, *args, **kwargs):
        try:
            return self._page.wait_for_selector(selector, *args, **kwargs)
        except PlaywrightTimeout as error:
            self._explain(f"the selector {selector}", error)

    def locator(self, selector, **kwargs):
        return ExplainingLocator(self, self._page.locator(selector, **kwargs), selector)


class ExplainingLocator:
    """A locator whose wait_for explains itself the same way."""

    def __init__(self, page: ExplainingPage, locator, selector: str):
        self._page, self._locator, self._selector = page, locator, selector

    def __getattr__(self, name):
        return getattr(self._locator, name)

    @property
    def first(self):
        return ExplainingLocator(self._page, self._locator.first, self._selector)

    def wait_for(self, **kwargs):
        try:
            return self._locator.wait_for(**kwargs)
        except PlaywrightTimeout as error:
            self._page._explain(f"{self._selector} to be {kwargs.get('state', 'visible')}", error)


def built_site_url(site_dir: Path) -> str:
    """The address the site was built for (its sitemap's first page)."""
    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    return re.search(r"<loc>(.*?)</loc>", sitemap).group(1)


# The address of the one nginx serving every xdist worker (see pytest_configure).
SHARED_SERVER = "NS_BROWSER_BASE_URL"


@contextlib.contextmanager
def serving(site_dir: Path):
    """The built site as users get it: through the production nginx
    configuration (hosting/), with its headers, compression and caching.
    Served where it was built to live, because Material's instant navigation
    works only under the built site_url."""
    from hosting.serve import NGINX, ServeError, serve_production

    built = urlparse(built_site_url(site_dir))
    if built.hostname not in ("127.0.0.1", "localhost") or built.path.rstrip("/"):
        pytest.exit(f"The site was built for {built.geturl()}; the browser tests need it built for the root of a "
                    "local address (SITE_URL=http://127.0.0.1:<port>/).", returncode=2)
    if not Path(NGINX).exists():
        pytest.exit("The browser tests serve the site through nginx, as a host would: `make test` installs it "
                    "(apt-get install nginx libnginx-mod-http-brotli-static).", returncode=2)
    try:
        with serve_production(site_dir, port=built.port or 80) as url:
            yield url.rstrip("/")
    except ServeError as error:
        pytest.exit(f"nginx could not serve the site on port {built.port} ({error}). Is another server using it? "
                    "Stop it, or build with another SITE_URL.", returncode=2)


def pytest_configure(config):
    """With pytest-xdist (`-n 2`, as `make test` runs), the controlling process
    serves the built site once, on its one port, for every worker."""
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None):
        return
    if os.environ.get("NS_SITE_BUILT") != "1":
        pytest.exit("With -n, build the site first and set NS_SITE_BUILT=1 (make test does both).", returncode=2)
    stack = contextlib.ExitStack()
    os.environ[SHARED_SERVER] = stack.enter_context(serving(SITE))
    config.stash[SERVER_KEY] = stack


def pytest_unconfigure(config):
    stack = config.stash.get(SERVER_KEY, None)
    if stack is not None:
        stack.close()
        os.environ.pop(SHARED_SERVER, None)


SERVER_KEY = pytest.StashKey[contextlib.ExitStack]()


@pytest.fixture(scope="session")
def writer_pages(site_dir: Path) -> dict[str, str]:
    """Each writer's page, by writer id (tests/browser/writers.py)."""
    from browser.writers import pages_by_writer

    return pages_by_writer(site_dir)


@pytest.fixture(scope="session")
def base_url(site_dir: Path):
    if os.environ.get(SHARED_SERVER):
        yield os.environ[SHARED_SERVER]
        return
    with serving(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def new_context(browser, base_url, service_workers="block"):
    # Service workers only where a test is about them: elsewhere each new
    # context would precache the whole site, Python included, for nothing.
    context = browser.new_context(base_url=base_url, reduced_motion="reduce", viewport=VIEWPORT,
                                  service_workers=service_workers)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    # CSP violations are recorded by the page itself too, in case the
    # console message is missed.
    context.add_init_script(
        "document.addEventListener('securitypolicyviolation', e =>"
        " (window.__cspViolations ||= []).push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    return context


# Moves to a page the way a reader does: a click on a link, which Material
# turns into an instant navigation (the worker and Python stay).
INSTANT_NAVIGATION = """(path) => {
  document.querySelector('.md-content')?.setAttribute('data-left', '');
  const link = document.createElement('a');
  link.href = path;
  document.body.append(link);
  link.click();
  link.remove();
}"""


class Visit:
    """A page plus everything it asked the network for and every error it
    raised during one test."""

    def __init__(self, context, page, base_url, shared: bool):
        self.context = context
        self.page = ExplainingPage(page)
        self.base_url = base_url
        self.shared = shared
        self.requests: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self._listeners = [
            ("request", lambda r: self.requests.append((r.method, r.url))),
            ("pageerror", lambda e: self.errors.append(str(e))),
            ("console", lambda m: self.errors.append(m.text) if m.type == "error" else None),
        ]
        for event, listener in self._listeners:
            page.on(event, listener)

    def close(self):
        for event, listener in self._listeners:
            self.page._page.remove_listener(event, listener)

    def _on_site(self) -> bool:
        return self.page._page.url.startswith(self.base_url)

    def _instant(self) -> bool:
        """Whether Material's code runs here, so a link is an instant
        navigation (a page that starts Python runs it once Python has
        answered: overrides/partials/hold-material.html)."""
        return self.page.evaluate("typeof document$ !== 'undefined'")

    def open(self, path: str):
        """Show a page of the site. On the shared page: an instant navigation,
        via the start page when the target is the page already shown, so that
        every test starts from freshly mounted components, and with nothing
        the last test left in storage."""
        page = self.page
        on_site = self.shared and self._on_site()
        if on_site:
            # Blur first: the focused field's change event (on blur, or when the page
            # removes it) would save the last test's answers after the clear.
            page.evaluate("() => { document.activeElement?.blur(); sessionStorage.clear(); localStorage.clear(); window.__cspViolations = []; }")
        if not (on_site and self._instant()):
            page.goto(self.base_url + path)
            self.wait_mounted()
            return page
        if urlparse(page.url).path == path.split("#")[0]:
            self.navigate("/" if path.split("#")[0] != "/" else "/privacy/")
        self.navigate(path)
        return page

    def navigate(self, path: str):
        """An instant navigation to a page of the site, as a reader's click on a link makes one."""
        page = self.page
        page.evaluate(INSTANT_NAVIGATION, path)
        page.wait_for_function(
            "(path) => location.pathname === path && Boolean(document.querySelector('.md-content:not([data-left])'))",
            arg=path.split("#")[0], timeout=30_000,
        )
        self.wait_mounted()

    def wait_mounted(self):
        """Until main.mjs has mounted every component on the page: their code
        loads after the page (and after an instant navigation's swap), so a
        check made at once would see the markup before its code ran."""
        self.page.wait_for_function(
            "() => [...document.querySelectorAll('[data-component]')].every((element) => 'mounted' in element.dataset)",
            timeout=30_000,
        )

    def csp_violations(self):
        return self.page.evaluate("window.__cspViolations || []")

    def foreign_requests(self):
        host = urlparse(self.base_url).netloc
        return [(m, u) for m, u in self.requests if urlparse(u).netloc != host and not u.startswith(("data:", "blob:"))]

    def axe_violations(self, context: str = "document"):
        # Evaluated through DevTools, which the page's CSP does not govern, so
        # the policy stays on for everything the site itself runs.
        if not self.page.evaluate("typeof axe !== 'undefined'"):
            self.page.evaluate(AXE.read_text(encoding="utf-8"))
        return self.page.evaluate(
            "async ([tags, context]) => (await axe.run(context === 'document' ? document : context,"
            " {runOnly: {type: 'tag', values: tags}})).violations"
            ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))",
            [AXE_TAGS, context],
        )

    def wait_ready(self, timeout=READY_TIMEOUT):
        self.page.wait_for_selector('.ns-status[data-state="ready"]', timeout=timeout)


def reset_shared_page(page) -> None:
    """Undo what a test may have set on the page itself (not the site)."""
    page.set_viewport_size(VIEWPORT)
    page.emulate_media(media="null")  # a test's "screen" would also make page.pdf() use screen CSS


@pytest.fixture(scope="session")
def shared_page(browser, base_url):
    context = new_context(browser, base_url)
    page = context.new_page()
    yield context, page
    context.close()


@pytest.fixture
def visit(shared_page, base_url):
    """The shared, warm page (see the module's docstring)."""
    context, page = shared_page
    visit = Visit(context, page, base_url, shared=True)
    yield visit
    visit.close()
    reset_shared_page(page)


def own_visit(browser, base_url, service_workers: str):
    context = new_context(browser, base_url, service_workers=service_workers)
    visit = Visit(context, context.new_page(), base_url, shared=False)
    yield visit
    visit.close()
    context.close()


@pytest.fixture
def fresh_visit(browser, base_url):
    """A context and page of the test's own (for a clock, a route, a second
    tab). Service workers stay blocked: a request the service worker makes is
    not one a test's route can see."""
    yield from own_visit(browser, base_url, "block")


@pytest.fixture
def offline_visit(browser, base_url):
    """A context of the test's own with the service worker, for offline use."""
    yield from own_visit(browser, base_url, "allow")


def format_violations(violations) -> str:
    return json.dumps(violations, indent=1)


@pytest.fixture(scope="module")
def module_page(browser, base_url):
    context = new_context(browser, base_url)
    page = context.new_page()
    yield context, page
    context.close()


@pytest.fixture
def module_visit(module_page, base_url):
    """A warm page shared by one module's tests only: for tests that fix the
    page's clock, which must not leak into other modules."""
    context, page = module_page
    visit = Visit(context, page, base_url, shared=True)
    yield visit
    visit.close()
    reset_shared_page(page)
