"""Hosting as users get it: the built site through nginx (hosting/serve.py).

Each header, type and encoding on a sample of files, the 404 page, every
file against the `_headers` file, and a second build for another address,
served under its path, where instant navigation must keep Python between two
writers and the service worker must work offline.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import brotli
import pytest

from browser.writers import pages_by_writer
from support.paths import ROOT
from hosting.headers import (
    TEXT_TYPES, TYPES, headers_for, read_headers_file, response_headers, site_files, site_prefix,
)
from hosting.serve import free_port, serve_production

pytestmark = pytest.mark.browser

DECODE = {"br": brotli.decompress, "gzip": gzip.decompress, None: lambda body: body}
READY = '.ns-status[data-state="ready"]'


def fetch(url: str, encodings: str = "br, gzip", method: str = "GET"):
    """(status, headers, body as sent): urllib never decodes a body."""
    request = urllib.request.Request(url, method=method, headers={"Accept-Encoding": encodings})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def expected_type(relative: str) -> str:
    kind = TYPES[Path(relative).suffix]
    return f"{kind}; charset=utf-8" if kind in TEXT_TYPES else kind


def expected_encoding(site_dir: Path, relative: str, encodings: str) -> str | None:
    """What nginx should send: the .br copy if asked for and written, else .gz."""
    if "br" in encodings and (site_dir / (relative + ".br")).exists():
        return "br"
    if "gzip" in encodings and (site_dir / (relative + ".gz")).exists():
        return "gzip"
    return None


def writer_paths(site_dir: Path) -> list[str]:
    """Pages with a letter writer on them, as paths under the site."""
    return sorted({path.lstrip("/") for path in pages_by_writer(site_dir).values()})


def sample(site_dir: Path) -> dict[str, str]:
    """One file of each kind the issue names, found in this build."""
    first = lambda pattern: sorted(site_dir.glob(pattern))[0].relative_to(site_dir).as_posix()  # noqa: E731
    return {
        "home page": "index.html",
        "writer page": writer_paths(site_dir)[0] + "index.html",
        "service worker": "sw.js",
        "lock file": "pyodide/pyodide-lock.json",
        "page module": first("assets/javascripts/**/*.mjs"),
        "WebAssembly": "pyodide/pyodide.asm.wasm",
        "Material bundle": first("assets/javascripts/bundle.*.min.js"),
        "Material stylesheet": first("assets/stylesheets/main.*.min.css"),
        "wheel": first("pyodide/*.whl"),
    }


KINDS = ["home page", "writer page", "service worker", "lock file", "page module", "WebAssembly",
         "Material bundle", "Material stylesheet", "wheel"]


@pytest.fixture(scope="module")
def production(site_dir):
    with serve_production(site_dir) as base_url:
        yield base_url


def url_of(base_url: str, relative: str) -> str:
    return base_url + relative.removesuffix("index.html")


@pytest.mark.parametrize("encodings", ["br, gzip", "gzip", "identity"])
@pytest.mark.parametrize("kind", KINDS)
def test_sample_file_has_its_headers_type_and_encoding(site_dir, production, kind, encodings):
    relative = sample(site_dir)[kind]
    status, headers, body = fetch(url_of(production, relative), encodings)
    assert status == 200, relative
    for name, value in response_headers(site_dir, site_prefix(site_dir) + relative).items():
        assert headers.get(name) == value, f"{relative}: {name}"
    assert headers["Content-Type"] == expected_type(relative)
    encoding = expected_encoding(site_dir, relative, encodings)
    assert headers.get("Content-Encoding") == encoding, relative
    if encoding:
        assert "Accept-Encoding" in headers.get("Vary", "")
    assert DECODE[encoding](body) == (site_dir / relative).read_bytes()


def test_text_and_runtime_are_sent_compressed(site_dir, production):
    """Where it matters most, a copy exists and is what a browser gets."""
    for kind in ("home page", "writer page", "WebAssembly", "Material bundle", "page module"):
        relative = sample(site_dir)[kind]
        _, headers, body = fetch(url_of(production, relative))
        assert headers.get("Content-Encoding") == "br", relative
        assert len(body) < (site_dir / relative).stat().st_size * 0.6, relative


def test_a_missing_path_gets_the_404_page_with_every_header(site_dir, production):
    status, headers, body = fetch(production + "no/such/page/")
    assert status == 404
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert DECODE[headers.get("Content-Encoding")](body) == (site_dir / "404.html").read_bytes()
    for name, value in response_headers(site_dir, "/no/such/page/").items():
        assert headers.get(name) == value, name


def test_nginx_stops_with_its_context(site_dir):
    with serve_production(site_dir) as base_url:
        assert fetch(base_url)[0] == 200
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(base_url, timeout=5)


def test_the_headers_file_is_not_served(production):
    status, _, _ = fetch(production + "_headers")
    assert status == 404


def test_every_file_gets_what_the_headers_file_says(site_dir, production):
    """nginx and `_headers` agree, file by file, as served."""
    rules = read_headers_file((site_dir / "_headers").read_text(encoding="utf-8"))
    prefix = site_prefix(site_dir)
    for relative in site_files(site_dir):
        status, headers, _ = fetch(url_of(production, relative), method="HEAD")
        assert status == 200, relative
        for name, values in headers_for(rules, prefix + relative).items():
            assert [headers.get(name)] == values, f"{relative}: {name}"
        assert headers["Content-Type"] == expected_type(relative), relative


# --- Another address, under a path ---------------------------------------------

PREFIX = "/next-steps/"


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory):
    """The site built for http://127.0.0.1:<port>/next-steps/ and served there."""
    port = free_port()
    address = f"http://127.0.0.1:{port}{PREFIX}"
    site = tmp_path_factory.mktemp("site-elsewhere")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": address},
    )
    with serve_production(site, port) as base_url:
        assert base_url == address
        yield site, base_url


def test_the_build_follows_its_address(elsewhere):
    site, address = elsewhere
    locations = re.findall(r"<loc>(.*?)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))
    assert locations and all(loc.startswith(address) for loc in locations)
    writer = writer_paths(site)[0]
    assert f'<link rel="canonical" href="{address}{writer}">' in (site / writer / "index.html").read_text(encoding="utf-8")
    rules = read_headers_file((site / "_headers").read_text(encoding="utf-8"))
    assert all(pattern.pattern.startswith("^" + re.escape(PREFIX)) for pattern, _ in rules)


def test_the_404_page_works_under_the_path(elsewhere):
    site, address = elsewhere
    status, headers, body = fetch(address + "no/such/page/")
    assert status == 404
    page = DECODE[headers.get("Content-Encoding")](body).decode("utf-8")
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', page)
    assert stylesheets and all(href.startswith(PREFIX) for href in stylesheets)
    for href in stylesheets:
        assert fetch(address.removesuffix(PREFIX) + href)[0] == 200, href
    # Outside the path: the same page, not nginx's own.
    status, headers, body = fetch(address.removesuffix(PREFIX) + "/elsewhere")
    assert status == 404 and DECODE[headers.get("Content-Encoding")](body).decode("utf-8") == page


def instant_navigation(page, path: str) -> None:
    """Click a link to path, as a reader would; Material turns the click
    into an instant navigation when the address is the site's own."""
    page.evaluate("""(path) => {
      const link = document.createElement('a');
      link.href = path;
      document.body.append(link);
      link.click();
      link.remove();
    }""", path)


def test_instant_navigation_keeps_python_between_two_writers(browser, elsewhere):
    site, address = elsewhere
    first, second = writer_paths(site)[:2]
    # No service worker here: it would fetch the runtime too, and this test
    # counts what the page asks for.
    context = browser.new_context(service_workers="block")
    try:
        wasm = []
        context.on("request", lambda r: wasm.append(r.url) if r.url.endswith("pyodide.asm.wasm") else None)
        errors = []
        page = context.new_page()
        # Errors, and the warning Chromium gives for a header it cannot read.
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" or "header" in m.text else None)
        page.goto(address + first)
        page.wait_for_selector(READY, timeout=120_000)
        page.evaluate("window.__sameDocument = true")
        instant_navigation(page, address + second)
        page.wait_for_url(address + second)
        page.wait_for_selector(READY, timeout=120_000)
        assert page.evaluate("window.__sameDocument === true"), "the second writer was a full page load"
        assert wasm == [address + "pyodide/pyodide.asm.wasm"]
        assert not errors
    finally:
        context.close()


def test_the_service_worker_works_offline_under_the_path(browser, elsewhere):
    site, address = elsewhere
    first, second = writer_paths(site)[:2]
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(address + first)
        scope = page.evaluate("navigator.serviceWorker.ready.then(r => r.scope)")
        assert scope == address
        # Once Python runs, the page asks the worker to keep the whole site;
        # it marks the copy complete at the end, under its own scope.
        page.wait_for_selector(READY, timeout=120_000)
        page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=60_000)
        # Polled here: wait_for_function takes the promise itself for true.
        marker = address + "__offline-copy-complete__"
        deadline = time.monotonic() + 120
        while not page.evaluate("(marker) => caches.match(marker).then(Boolean)", marker):
            assert time.monotonic() < deadline, "the service worker never finished its offline copy"
            page.wait_for_timeout(250)
        context.set_offline(True)
        page.goto(address + second)
        page.wait_for_selector(READY, timeout=120_000)
    finally:
        context.close()


def test_counselor_links_carry_the_sites_address(browser, elsewhere):
    """The link maker builds links from the page's own address, under the path."""
    site, address = elsewhere
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        page.goto(address + "make-a-link/")
        page.wait_for_selector(READY, timeout=120_000)
        links = page.locator(".ns-link__url")
        assert links.count() > 0
        for index in range(links.count()):
            assert links.nth(index).input_value().startswith(address + "letters/")
    finally:
        context.close()
