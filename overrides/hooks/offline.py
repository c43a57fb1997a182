"""MkDocs hook: the service worker's version and precache list.

Runs after the other hooks (it is listed last in mkdocs.yml) so that it sees
the final pages and the Pyodide runtime. The version is a hash of every
precached file: any change to the site gives a new version, and the browser
then replaces the old cache.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

SERVICE_WORKER = "sw.js"
# Never precached: the worker itself, and files for crawlers.
SKIP = {SERVICE_WORKER, "sitemap.xml", "sitemap.xml.gz"}
# The precache refuses nothing the site needs: its largest file is the
# WebAssembly runtime (about 9.6 MB), well under this limit. A file above it
# fails the build instead of being left out silently.
MAX_ENTRY_BYTES = 32 * 1024 * 1024


def boot_only(site_dir: Path) -> set[str]:
    """The runtime's files that only a start without Python's snapshot
    fetches (the lock names them): every start the offline copy serves
    restores the snapshot. A browser that cannot use it keeps them as it
    fetches them."""
    lock = json.loads((site_dir / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    return {f"pyodide/{name}" for name in lock["info"]["boot_only_files"]}


def precache_entries(site_dir: Path) -> list[tuple[str, Path]]:
    """(URL relative to the site root, file) for every file to keep offline.
    A page is cached under its directory URL, as links ask for it."""
    entries = []
    skip = SKIP | boot_only(site_dir)
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
        relative = path.relative_to(site_dir).as_posix()
        if relative in skip or path.suffix == ".map":  # source maps are for debugging only
            continue
        if path.stat().st_size > MAX_ENTRY_BYTES:
            raise RuntimeError(f"{relative} is larger than the precache limit ({MAX_ENTRY_BYTES} bytes)")
        if path.name == "index.html":
            relative = relative.removesuffix("index.html") or "./"
        entries.append((relative, path))
    return entries


def write_service_worker(site_dir: Path) -> str:
    """Stamp site/sw.js with the version and list; return the version."""
    entries = precache_entries(site_dir)
    digest = hashlib.sha256()
    for url, path in entries:
        digest.update(url.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    version = digest.hexdigest()[:16]
    worker = site_dir / SERVICE_WORKER
    source = worker.read_text(encoding="utf-8")
    source, versions = re.subn(r'^const VERSION = ".*";$', f'const VERSION = "{version}";', source, flags=re.M)
    source, lists = re.subn(
        r"^const PRECACHE = \[.*\];$", "const PRECACHE = " + json.dumps([url for url, _ in entries]) + ";", source, flags=re.M
    )
    if versions != 1 or lists != 1:
        raise RuntimeError("sw.js no longer has the VERSION and PRECACHE lines the build fills in")
    worker.write_text(source, encoding="utf-8")
    return version


# The privacy page says how much the offline copy takes; the build knows.
OFFLINE_SIZE = re.compile(r"(<span data-offline-size>)[^<]*(</span>)")
PRIVACY_PAGE = Path("privacy") / "index.html"


def offline_size(site_dir: Path) -> str:
    total = sum(path.stat().st_size for _, path in precache_entries(site_dir))
    return f"{max(1, round(total / 1_000_000))} MB"


def state_offline_size(site_dir: Path) -> str:
    """Write the offline copy's size into the privacy page; return it."""
    page = site_dir / PRIVACY_PAGE
    size = offline_size(site_dir)
    html, found = OFFLINE_SIZE.subn(rf"\g<1>{size}\g<2>", page.read_text(encoding="utf-8"))
    if found != 1:
        raise RuntimeError(f"{PRIVACY_PAGE} must say once how big the offline copy is (<span data-offline-size>)")
    page.write_text(html, encoding="utf-8")
    return size


def on_post_build(config) -> None:
    site_dir = Path(config["site_dir"])
    state_offline_size(site_dir)  # first: the page is part of the copy it measures
    write_service_worker(site_dir)
