"""How a host must serve the built site: the one source of every header.

Both outputs are generated from what is defined here, never written by hand:

- `nginx_config(...)`: a complete nginx configuration (hosting/serve.py runs it
  for tests and `make serve-production`; `python -m hosting.headers nginx`
  prints one for a real server);
- `headers_file(...)`: the `_headers` file that Netlify and Cloudflare Pages
  read. This module is also a MkDocs hook (mkdocs.yml) that writes it into
  every build, so it always matches the pages it ships with.

Caching. Only Material's bundles have a content hash in their name
(`bundle.a5f9d56c.min.js`): they are cached for a year, `immutable`. Every
other file keeps its path when its content changes: the pages, `sw.js`, our
own modules, and the Pyodide runtime and wheels (the project's wheel is
`next_steps-0.1.0-...whl` whatever its code). Those are `no-cache`: the
browser keeps them but asks the server first (a 304 costs one round trip).
A short max-age would be worse than slower: a cached wheel older than
`pyodide-lock.json` fails the lock's sha256 check and the writer cannot
start. After the first visit the service worker serves all of it offline.
"""

from __future__ import annotations

import argparse
import html
import os
import pwd
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

# --- The headers -------------------------------------------------------------

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
# Material writes its bundles as <name>.<8 hex digits>.min.js|css (and .map).
CONTENT_HASHED = re.compile(r"\.[0-9a-f]{8}\.min\.(?:js|css)(?:\.map)?$")

# Features the site never uses. Not denied: clipboard-write, which the copy
# buttons need. Only names Chromium knows (156 warns on each unknown one,
# e.g. battery, ambient-light-sensor, document-domain).
DENIED_FEATURES = (
    "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture", "encrypted-media",
    "fullscreen", "geolocation", "gyroscope", "hid", "idle-detection", "interest-cohort", "magnetometer",
    "microphone", "midi", "payment", "picture-in-picture", "publickey-credentials-get", "screen-wake-lock",
    "serial", "usb", "xr-spatial-tracking",
)

# Sent with every response, 404s included. The policy itself comes from the
# build (site_policy): the same value as each page's <meta>, plus what a
# <meta> policy cannot say.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": ", ".join(f"{feature}=()" for feature in DENIED_FEATURES),
}
HEADER_ONLY_POLICY = "frame-ancestors 'none'"

# Content types by suffix, for every kind of file the site holds (a test
# fails on a file whose suffix is missing here). Text types get
# "; charset=utf-8" from nginx (TEXT_TYPES).
TYPES = {
    ".html": "text/html",
    ".css": "text/css",
    ".js": "text/javascript",
    ".mjs": "text/javascript",  # module workers refuse anything but a JavaScript type
    ".json": "application/json",
    ".map": "application/json",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".wasm": "application/wasm",  # needed for streaming compilation
    ".zip": "application/zip",
    # Pyodide fetches a wheel as bytes and checks its sha256; a wheel is a zip.
    ".whl": "application/zip",
    ".gz": "application/gzip",
    # Python's snapshot (docs/assets/javascripts/python/snapshot.mjs): gzipped
    # by the build itself, so it is small on any host.
    ".bin": "application/octet-stream",
    ".ics": "text/calendar",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
TEXT_TYPES = sorted({TYPES[s] for s in (".html", ".css", ".js", ".json", ".xml", ".txt", ".svg", ".ics")})

# Files in the build that hosts must not serve.
HOST_FILES = {"_headers"}
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")


def cache_control(path: str) -> str:
    """Cache-Control for a URL path or file path of the site."""
    return IMMUTABLE if CONTENT_HASHED.search(path) else REVALIDATE


def site_policy(site_dir: Path) -> str:
    """The Content-Security-Policy the build wrote into the pages
    (overrides/hooks/page_html.py), as an HTTP header: with frame-ancestors."""
    page = (site_dir / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    if not found:
        raise RuntimeError(f"{site_dir}/index.html has no Content-Security-Policy <meta>: is it a built site?")
    return html.unescape(found.group(1)) + "; " + HEADER_ONLY_POLICY


def site_prefix(site_dir: Path) -> str:
    """The path the site was built to live under ("/" or "/next-steps/"),
    from its canonical link, which MkDocs writes from site_url."""
    page = (site_dir / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<link rel="canonical" href="([^"]+)">', page)
    if not found:
        raise RuntimeError(f"{site_dir}/index.html has no canonical link: build with site_url set")
    return urlparse(found.group(1)).path or "/"


def every_response(site_dir: Path) -> dict[str, str]:
    return {"Content-Security-Policy": site_policy(site_dir), **SECURITY_HEADERS}


def response_headers(site_dir: Path, path: str) -> dict[str, str]:
    """Every header this module sets for one URL path (not the type)."""
    return {**every_response(site_dir), "Cache-Control": cache_control(path)}


def site_files(site_dir: Path) -> list[str]:
    """Paths of the files a host serves, relative to the site, sorted."""
    return sorted(
        p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*")
        if p.is_file() and p.name not in HOST_FILES and p.suffix != ".br" and not _is_copy(p)
    )


def _is_copy(path: Path) -> bool:
    """A precompressed copy (overrides/hooks/compress.py) beside its file."""
    return path.suffix == ".gz" and path.with_suffix("").exists() and path.with_suffix("").suffix != ""


# --- _headers (Netlify, Cloudflare Pages) -----------------------------------
# Both hosts apply every rule whose path matches; Cloudflare joins two values
# of one header with a comma. So Cache-Control is given by rules that never
# overlap: a folder whose files all share a value gets one `folder/*` rule,
# and the files of a mixed folder get one rule each. Cloudflare reads at most
# 100 rules (MAX_RULES).
MAX_RULES = 100


def _cache_rules(site_dir: Path, prefix: str, folder: str = "") -> list[tuple[str, str]]:
    files = [f for f in site_files(site_dir) if f.startswith(folder)]
    values = {cache_control(f) for f in files}
    if len(values) == 1:
        return [(prefix + folder + "*", values.pop())]
    rules = []
    for name in sorted({f[len(folder):].split("/", 1)[0] for f in files}):
        if (site_dir / folder / name).is_dir():
            rules += _cache_rules(site_dir, prefix, folder + name + "/")
            continue
        value = cache_control(folder + name)
        if name == "index.html":
            rules.append((prefix + folder, value))  # as links ask for it
        rules.append((prefix + folder + name, value))
    return rules


def headers_rules(site_dir: Path) -> list[tuple[str, dict[str, str]]]:
    prefix = site_prefix(site_dir)
    rules = [(prefix + "*", every_response(site_dir))]
    rules += [(path, {"Cache-Control": value}) for path, value in _cache_rules(site_dir, prefix)]
    if len(rules) > MAX_RULES:
        raise RuntimeError(f"_headers would have {len(rules)} rules; Cloudflare Pages reads {MAX_RULES}")
    return rules


def headers_file(site_dir: Path) -> str:
    lines = ["# Generated by hosting/headers.py at build time: edit that file, not this one."]
    for path, headers in headers_rules(site_dir):
        lines.append(path)
        lines += [f"  {name}: {value}" for name, value in headers.items()]
    return "\n".join(lines) + "\n"


def read_headers_file(text: str) -> list[tuple[re.Pattern, list[tuple[str, str]]]]:
    """A _headers file as the hosts read it: (path pattern, headers) rules,
    `*` matching anything. For the tests, which check what a host would send."""
    rules: list[tuple[re.Pattern, list[tuple[str, str]]]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((re.compile("^" + ".*".join(map(re.escape, line.strip().split("*"))) + "$"), []))
        else:
            name, _, value = line.strip().partition(":")
            rules[-1][1].append((name.strip(), value.strip()))
    return rules


def headers_for(rules, path: str) -> dict[str, list[str]]:
    """Every value each matching rule gives each header, for one URL path."""
    found: dict[str, list[str]] = {}
    for pattern, headers in rules:
        if pattern.match(path):
            for name, value in headers:
                found.setdefault(name, []).append(value)
    return found


# --- nginx -------------------------------------------------------------------

def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def nginx_server(site_dir: Path, listen: str, root: Path | None = None) -> str:
    """One `server` block serving the site at the prefix it was built for,
    from root (where the site will live; by default site_dir itself)."""
    prefix = site_prefix(site_dir)
    headers = "\n".join(
        f"    add_header {name} {_quoted(value)} always;" for name, value in every_response(site_dir).items()
    )
    brotli = "brotli_static on;" if BROTLI_MODULE.exists() else \
        "# brotli_static: install Debian's libnginx-mod-http-brotli-static to send the .br copies"
    outside = "" if prefix == "/" else f"""
    location = {prefix.rstrip('/')} {{ return 301 {prefix}; }}
    location / {{ return 404; }}"""
    return f"""server {{
    listen {listen};
    server_name _;
    index index.html;
    absolute_redirect off;
    server_tokens off;
    error_page 404 {prefix}404.html;
    # Precompressed copies written by the build, never compressed per request.
    gzip_static on;
    {brotli}
    gzip_vary on;
    charset utf-8;
    charset_types {' '.join(TEXT_TYPES)};
{headers}
    add_header Cache-Control $next_steps_cache always;

    location {prefix} {{ alias {(root or site_dir.resolve()).as_posix().rstrip('/')}/; }}
    location = {prefix}_headers {{ return 404; }}{outside}
}}
"""


def nginx_http(site_dir: Path) -> str:
    """What the `http` block needs beside the server: types and cache map."""
    types = "\n".join(f"    {kind} {suffix[1:]};" for suffix, kind in sorted(TYPES.items()))
    return f"""types {{
{types}
}}
default_type application/octet-stream;
map $uri $next_steps_cache {{
    {_quoted("~" + CONTENT_HASHED.pattern)} {_quoted(IMMUTABLE)};
    default {_quoted(REVALIDATE)};
}}
"""


def nginx_config(site_dir: Path, listen: str, run_dir: Path) -> str:
    """A whole nginx.conf that runs as the current user, with its pid, logs
    and temporary files in run_dir."""
    load = f"load_module {BROTLI_MODULE};\n" if BROTLI_MODULE.exists() else ""
    # Started by root, nginx would run its workers as nobody, who cannot read
    # a private folder (pytest's tmp_path): keep them the current user.
    if os.geteuid() == 0:
        load += f"user {pwd.getpwuid(0).pw_name};\n"
    temp = "\n".join(
        f"    {kind}_temp_path {run_dir / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    http = _indent(nginx_http(site_dir)) + "\n" + _indent(nginx_server(site_dir, listen))
    return f"""# Generated by hosting/headers.py: edit that file, not this one.
{load}worker_processes 1;
pid {run_dir / 'nginx.pid'};
error_log {run_dir / 'error.log'} warn;
events {{ worker_connections 256; }}
http {{
    access_log {run_dir / 'access.log'};
{temp}
    sendfile on;
{http}}}
"""


def _indent(text: str) -> str:
    return "\n".join(("    " + line) if line else line for line in text.splitlines())


# --- MkDocs hook and command line --------------------------------------------

_command = "build"


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def on_post_build(config) -> None:
    if _command == "serve":
        return  # `mkdocs serve` pages carry no policy (page_html.py), and no host reads this build
    site_dir = Path(config["site_dir"])
    (site_dir / "_headers").write_text(headers_file(site_dir), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print the hosting configuration for a built site.")
    parser.add_argument("kind", choices=["nginx", "headers"], help="an nginx server block, or a _headers file")
    parser.add_argument("site_dir", type=Path, help="the built site (site/)")
    parser.add_argument("--listen", default="80", help="nginx: what to listen on (default 80)")
    parser.add_argument("--root", type=Path, help="nginx: the folder the site will be served from (default: site_dir)")
    args = parser.parse_args(argv)
    if args.kind == "headers":
        sys.stdout.write(headers_file(args.site_dir))
        return 0
    sys.stdout.write("# In the http block:\n" + nginx_http(args.site_dir) + "\n" + nginx_server(args.site_dir, args.listen, args.root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
