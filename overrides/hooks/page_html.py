"""MkDocs hook: small, tested fixes to the HTML Material writes for each page.

Kept as string edits on known markup, not template copies, so a Material
upgrade changes nothing here unless the markup itself changes (and then the
browser tests' axe check fails loudly).
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
# axe: a dialog needs an accessible name.
SEARCH_DIALOG_NAMED = '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">'


def on_post_page(output: str, page, config) -> str:
    return output.replace(SEARCH_DIALOG, SEARCH_DIALOG_NAMED)


# --- Content-Security-Policy -------------------------------------------------
# Every page gets the same policy as a <meta> tag, so it holds on any static
# host. Scripts come from this site only; WebAssembly may compile (Pyodide);
# the few inline scripts Material writes are allowed by their hash, computed
# here from the built pages (never by hand). Forms never submit anywhere:
# answers must not reach a server, even with JavaScript off.
POLICY = (
    "default-src 'self'; "
    "script-src 'self' 'wasm-unsafe-eval' {hashes}; "
    "worker-src 'self'; "
    "connect-src 'self'; "
    "img-src 'self' data:; "
    "style-src 'self'; "
    "font-src 'self'; "
    "object-src 'none'; "
    "base-uri 'none'; "
    "form-action 'none'"
)
INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL)
CHARSET = '<meta charset="utf-8">'
_command = "build"


def inline_script_hashes(html: str) -> set[str]:
    """sha256 sources for each inline script the browser would run."""
    hashes = set()
    for match in INLINE_SCRIPT.finditer(html):
        attrs = match.group("attrs")
        if "src=" in attrs:
            continue
        kind = re.search(r'type="([^"]+)"', attrs)
        if kind and kind.group(1) not in ("text/javascript", "module"):
            continue  # JSON data blocks are never run
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        hashes.add("'sha256-" + base64.b64encode(digest).decode() + "'")
    return hashes


def policy_for(hashes: set[str]) -> str:
    return POLICY.format(hashes=" ".join(sorted(hashes)))


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def on_post_build(config) -> None:
    # `mkdocs serve` injects its own live-reload script; the policy is for the
    # built site (make site, make serve, the tests).
    if _command == "serve":
        return
    pages = sorted(Path(config["site_dir"]).rglob("*.html"))
    texts = {page: page.read_text(encoding="utf-8") for page in pages}
    # One policy for the whole site: instant navigation keeps the first
    # page's policy while it swaps in the scripts of the next.
    hashes = set().union(*(inline_script_hashes(text) for text in texts.values()))
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(hashes)}">'
    for page, text in texts.items():
        if CHARSET not in text:
            raise RuntimeError(f"{page}: no <meta charset> to put the policy after")
        page.write_text(text.replace(CHARSET, CHARSET + meta, 1), encoding="utf-8")
