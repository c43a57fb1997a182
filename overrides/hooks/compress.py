"""MkDocs hook: precompressed copies of the built site's text files.

Writes `name.br` and `name.gz` beside each text file and the WebAssembly
runtime, and only where the copy is smaller than the file. A server sends
them as they are (nginx: `gzip_static` and `brotli_static`, see hosting/), so
it never compresses a file per request. Listed last in mkdocs.yml: it must
see every file in its final form, and the service worker's precache (written
before) must not list these copies.

Brotli at quality 11 takes about 50 s on the 9.6 MB runtime and makes it 12 %
smaller than quality 9, so large results are kept in build/ by content hash:
the runtime is compressed once per machine, not once per build.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import brotli  # a build dependency only (pyproject.toml, dev); the browser never needs it

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "compressed"
SUFFIXES = {".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".txt", ".wasm"}
# Files at least this large are worth keeping compressed between builds.
CACHE_FROM_BYTES = 256 * 1024
ENCODINGS = {
    ".br": lambda data: brotli.compress(data, quality=11),
    # mtime=0: the same file always gives the same bytes.
    ".gz": lambda data: gzip.compress(data, compresslevel=9, mtime=0),
}


def compressed(data: bytes, encoding: str) -> bytes:
    if len(data) < CACHE_FROM_BYTES:
        return ENCODINGS[encoding](data)
    cached = CACHE / (hashlib.sha256(data).hexdigest() + encoding)
    if not cached.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".partial")
        partial.write_bytes(ENCODINGS[encoding](data))
        partial.replace(cached)  # never a half-written cache entry, even if the build is stopped
    return cached.read_bytes()


def compress_site(site_dir: Path) -> list[Path]:
    """Write the smaller copies; return every copy written."""
    written = []
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file() and p.suffix in SUFFIXES):
        data = path.read_bytes()
        for encoding in ENCODINGS:
            copy = path.with_name(path.name + encoding)
            packed = compressed(data, encoding)
            if len(packed) < len(data):
                copy.write_bytes(packed)
                written.append(copy)
            else:
                copy.unlink(missing_ok=True)  # a copy from an earlier (dirty) build would be stale
    return written


_command = "build"


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def on_post_build(config) -> None:
    if _command != "serve":  # the live preview is served uncompressed
        compress_site(Path(config["site_dir"]))
