"""Tier 3 set-up: the built site on 127.0.0.1, driven by Debian's Chromium."""

from __future__ import annotations

import functools
import http.server
import json
import mimetypes
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import sync_playwright

from conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-quic", "--no-first-run",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_SOURCE = AXE.read_text(encoding="utf-8") if AXE.exists() else ""
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("application/wasm", ".wasm")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def base_url(site_dir: Path):
    handler = functools.partial(QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


class Visit:
    """A page plus everything it asked the network for and every error it raised."""

    def __init__(self, context, base_url):
        self.context = context
        self.page = context.new_page()
        self.base_url = base_url
        self.requests: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append((r.method, r.url)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        # CSP violations are recorded by the page itself too, in case the
        # console message is missed.
        self.page.add_init_script(
            "document.addEventListener('securitypolicyviolation', e =>"
            " (window.__cspViolations ||= []).push(e.violatedDirective + ' ' + e.blockedURI));"
        )

    def open(self, path: str):
        self.page.goto(self.base_url + path)
        return self.page

    def csp_violations(self):
        return self.page.evaluate("window.__cspViolations || []")

    def foreign_requests(self):
        host = urlparse(self.base_url).netloc
        return [(m, u) for m, u in self.requests if urlparse(u).netloc != host and not u.startswith(("data:", "blob:"))]

    def axe_violations(self, context: str = "document"):
        # Evaluated through DevTools, which the page's CSP does not govern, so
        # the policy stays on for everything the site itself runs.
        if not self.page.evaluate("typeof axe !== 'undefined'"):
            self.page.evaluate(AXE_SOURCE)
        result = self.page.evaluate(
            "async ([tags, context]) => (await axe.run(context === 'document' ? document : context,"
            " {runOnly: {type: 'tag', values: tags}})).violations"
            ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))",
            [AXE_TAGS, context],
        )
        return result

    def wait_ready(self, timeout=120_000):
        self.page.wait_for_selector('.ns-status[data-state="ready"]', timeout=timeout)


@pytest.fixture
def visit(browser, base_url):
    context = browser.new_context(base_url=base_url, reduced_motion="reduce")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    yield Visit(context, base_url)
    context.close()


def format_violations(violations) -> str:
    return json.dumps(violations, indent=1)
