"""MkDocs hook: precompressed copies of the built site's text files.

Writes `name.br` and `name.gz` beside each text file and the WebAssembly
runtime, and only where the copy is smaller than the file. A server sends
them as they are (nginx: `gzip_static` and `brotli_static`, see hosting/), so
it never compresses a file per request. Listed last in mkdocs.yml: it must
see every file in its final form, and the service worker's precache (written
before) must not list these copies.

Brotli at quality 11 takes about 50 s on the 9.6 MB runtime (12 % smaller
than quality 9) and seconds on the pages, so every copy is kept in
build/compressed/ by the content hash of its file: a build compresses only
what changed. Entries no build has used for CACHE_DAYS are removed.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import time
from pathlib import Path

import brotli  # a build dependency only (pyproject.toml, dev); the browser never needs it

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "compressed"
CACHE_DAYS = 14
SUFFIXES = {".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".txt", ".wasm"}
# Suffix: (the settings, named in each cache entry so a change of them
# never reuses old copies; the compressor).
ENCODINGS = {
    ".br": ("quality-11", lambda data: brotli.compress(data, quality=11)),
    # mtime=0: the same file always gives the same bytes.
    ".gz": ("level-9", lambda data: gzip.compress(data, compresslevel=9, mtime=0)),
}


def compressed(data: bytes, encoding: str) -> bytes:
    settings, compress = ENCODINGS[encoding]
    cached = CACHE / f"{hashlib.sha256(data).hexdigest()}.{settings}{encoding}"
    try:
        packed = cached.read_bytes()
        os.utime(cached)  # used: kept for another CACHE_DAYS
        return packed
    except FileNotFoundError:
        pass
    packed = compress(data)
    CACHE.mkdir(parents=True, exist_ok=True)
    # Written whole, then renamed: a build stopped half way, or another build
    # at the same time, never sees a partial entry.
    partial = cached.with_name(f"{cached.name}.{os.getpid()}.partial")
    partial.write_bytes(packed)
    partial.replace(cached)
    return packed


def forget_unused(now: float) -> None:
    for entry in CACHE.glob("*"):
        try:
            if now - entry.stat().st_mtime > CACHE_DAYS * 86400:
                entry.unlink()
        except FileNotFoundError:
            pass  # removed by another build


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
        forget_unused(time.time())
