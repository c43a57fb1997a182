"""The build's own outputs: the Pyodide lock and snapshot, the CSP and the offline list."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from support.paths import ROOT
from browser_runtime import COMPILE_HINT, RUNTIME_FILES
from offline import MAX_ENTRY_BYTES
from page_html import inline_script_hashes, policy_for


def test_lock_lists_exactly_the_served_wheels_with_their_hashes(site_dir):
    lock = json.loads((site_dir / "pyodide" / "pyodide-lock.json").read_text())
    served = {p.name for p in (site_dir / "pyodide").glob("*.whl")}
    assert {entry["file_name"] for entry in lock["packages"].values()} == served
    for entry in lock["packages"].values():
        data = (site_dir / "pyodide" / entry["file_name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert entry["file_name"].endswith("-py3-none-any.whl")  # pure Python: runs in any Pyodide
    assert set(lock["packages"]) == {"jinja2", "markupsafe", "segno", "next-steps"}
    assert lock["info"]["python"].startswith("3.14")


def test_runtime_comes_from_the_pinned_npm_package(site_dir):
    pinned = json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
    installed = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text())["version"]
    assert pinned == installed == "314.0.7"
    # Byte for byte, but for V8's compile hint on the first line of one.
    assert COMPILE_HINT == {"pyodide.asm.mjs": b"//# allFunctionsCalledOnLoad\n"}
    for name in RUNTIME_FILES:
        npm = (ROOT / "node_modules" / "pyodide" / name).read_bytes()
        assert (site_dir / "pyodide" / name).read_bytes() == COMPILE_HINT.get(name, b"") + npm, name


def test_the_standard_library_holds_only_what_the_site_loads_compiled(site_dir):
    """The site's python_stdlib.zip holds, compiled by the browser's own
    Python (as the wheels are), each module of npm's zip that a start and
    the calls load, in npm's order; on_demand_stdlib.zip the ones only a
    wheel loaded on demand uses; snapshot_stdlib.zip (what a start from the
    snapshot mounts) is empty."""
    import zipfile

    runtime = site_dir / "pyodide"
    with zipfile.ZipFile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip") as npm, \
            zipfile.ZipFile(runtime / "python_stdlib.zip") as served:
        npm_names, served_names = npm.namelist(), served.namelist()
        assert all(n.endswith(".pyc") for n in served_names)
        assert [n + "c" for n in npm_names if n + "c" in served_names] == served_names
        magics = {served.read(n)[:4] for n in served_names}
    assert {"re/__init__.pyc", "dataclasses.pyc", "encodings/__init__.pyc", "zipfile/__init__.pyc"} <= set(served_names)
    # Nothing only a terminal, a test or a server needs.
    assert not {"argparse.pyc", "unittest/__init__.pyc", "sqlite3/__init__.pyc", "tkinter/__init__.pyc"} & set(served_names)
    assert len(served_names) < len(npm_names) / 2, "only what the site loads"
    lock = json.loads((runtime / "pyodide-lock.json").read_text())
    with zipfile.ZipFile(runtime / lock["packages"]["jinja2"]["file_name"]) as wheel:
        assert magics == {wheel.read("jinja2/__init__.pyc")[:4]}
    with zipfile.ZipFile(runtime / "on_demand_stdlib.zip") as on_demand:
        assert on_demand.namelist() and set(on_demand.namelist()) < set(served_names)
        assert "xml/sax/saxutils.pyc" in on_demand.namelist()  # segno's, for QR codes
    assert lock["info"]["on_demand_stdlib_sha256"] == hashlib.sha256((runtime / "on_demand_stdlib.zip").read_bytes()).hexdigest()
    with zipfile.ZipFile(runtime / "snapshot_stdlib.zip") as empty:
        assert empty.namelist() == []


def test_the_lock_names_the_snapshot_and_what_only_a_boot_needs(site_dir):
    import gzip
    import struct

    runtime = site_dir / "pyodide"
    lock = json.loads((runtime / "pyodide-lock.json").read_text())
    packed = (runtime / "snapshot.bin").read_bytes()
    assert lock["info"]["snapshot_sha256"] == hashlib.sha256(packed).hexdigest()
    # The head python/snapshot.mjs writes: MAGIC ("NSN2"), size, memoryStart, baselineLength.
    magic, size, memory_start, baseline_length = struct.unpack("<IIII", gzip.decompress(packed)[:16])
    assert magic == 0x324E534E and size == lock["info"]["snapshot_size"]
    assert 0 < baseline_length < (size - memory_start) / 4, "memory as instantiated is mostly zeros, left uncopied"
    assert len(packed) < size / 4, "the file keeps only what differs from memory as instantiated"
    boot_only = set(lock["info"]["boot_only_files"])
    assert boot_only == {"python_stdlib.zip"} | {lock["packages"][name]["file_name"] for name in ("jinja2", "markupsafe", "next-steps")}


def test_every_page_carries_the_policy_and_it_covers_its_inline_scripts(site_dir):
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) >= 30
    for page in pages:
        html = page.read_text(encoding="utf-8")
        policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
        assert policy, page
        text = policy.group(1)
        assert html.index("Content-Security-Policy") < html.index("<script")
        assert "'unsafe-eval'" not in text and "'unsafe-inline'" not in text
        for directive in ("script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'"):
            assert directive in text, (page, directive)
        for digest in inline_script_hashes(html):
            assert digest in text, page


def test_hashes_are_computed_from_script_text():
    html = '<script>alert(1)</script><script type="application/json">{}</script><script src="a.js"></script>'
    assert inline_script_hashes(html) == {"'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"}
    assert "sha256-bhHH" in policy_for(inline_script_hashes(html))


def test_service_worker_precaches_the_runtime_under_a_versioned_name(site_dir):
    worker = (site_dir / "sw.js").read_text()
    version = re.search(r'^const VERSION = "([0-9a-f]{16})";$', worker, re.M)
    assert version, "the build did not stamp the version"
    precache = json.loads(re.search(r"^const PRECACHE = (\[.*\]);$", worker, re.M).group(1))
    lock = json.loads((site_dir / "pyodide" / "pyodide-lock.json").read_text())
    # What a start from the snapshot needs, and what a call loads on demand.
    for name in ("pyodide.asm.wasm", "pyodide.mjs", "pyodide.asm.mjs", "pyodide-lock.json", "snapshot.bin",
                 "snapshot_stdlib.zip", "on_demand_stdlib.zip", lock["packages"]["segno"]["file_name"]):
        assert f"pyodide/{name}" in precache
    # Not what only a start without the snapshot needs.
    for name in lock["info"]["boot_only_files"]:
        assert f"pyodide/{name}" not in precache
    assert "letters/interview-thank-you/" in precache and "./" in precache
    assert (site_dir / "pyodide" / "pyodide.asm.wasm").stat().st_size < MAX_ENTRY_BYTES


def test_served_wheels_are_byte_compiled_for_the_browsers_python(site_dir):
    """The browser imports .pyc compiled by Pyodide itself (compile_for_the_browser.mjs),
    never compiling Python on the reader's device; the Pyodide tier proves
    they load. Each wheel's RECORD matches what it holds."""
    import base64
    import csv
    import io
    import zipfile

    lock = json.loads((site_dir / "pyodide" / "pyodide-lock.json").read_text())
    magics = set()
    for entry in lock["packages"].values():
        with zipfile.ZipFile(site_dir / "pyodide" / entry["file_name"]) as wheel:
            names = wheel.namelist()
            assert not [n for n in names if n.endswith(".py")], entry["file_name"]
            compiled = [n for n in names if n.endswith(".pyc")]
            assert compiled, entry["file_name"]
            magics |= {wheel.read(n)[:4] for n in compiled}
            record = next(n for n in names if n.endswith(".dist-info/RECORD"))
            for name, digest, size in csv.reader(io.StringIO(wheel.read(record).decode())):
                if name == record:
                    continue
                data = wheel.read(name)
                expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
                assert (digest, int(size)) == (f"sha256={expected}", len(data)), (entry["file_name"], name)
    assert len(magics) == 1, "every module compiled by the same Python"


def test_the_project_wheel_holds_every_template_compiled(site_dir):
    """compile_for_the_browser.mjs compiles each declared template into its module, so
    no reader's device runs Jinja's compiler (test_grammar.py checks that the
    declared templates are all the letters use)."""
    import zipfile

    from generators.core.grammar import compiled_module, template_sources

    lock = json.loads((site_dir / "pyodide" / "pyodide-lock.json").read_text())
    with zipfile.ZipFile(site_dir / "pyodide" / lock["packages"]["next-steps"]["file_name"]) as wheel:
        names = set(wheel.namelist())
    missing = [s[:60] for s in template_sources() if compiled_module(s).replace(".", "/") + ".pyc" not in names]
    assert not missing, missing


def python_components() -> set[str]:
    """The data-component names whose code starts Python, read from main.mjs's
    table and each component's module."""
    scripts = ROOT / "docs" / "assets" / "javascripts"
    table = re.findall(r'"?([\w-]+)"?: \(\) => import\("\./components/([\w-]+\.mjs)"\)',
                       (scripts / "main.mjs").read_text(encoding="utf-8"))
    assert len(table) >= 7
    return {name for name, module in table if "pythonWorker()" in (scripts / "components" / module).read_text(encoding="utf-8")}


def test_python_starts_from_the_head_exactly_on_pages_whose_components_use_it(site_dir):
    uses_python = python_components()
    assert {"writer", "journal", "link-maker", "group-links"} <= uses_python
    pages = sorted(site_dir.rglob("index.html"))
    starting = 0
    for page in pages:
        html = page.read_text(encoding="utf-8")
        head = html.split("</head>", 1)[0]
        found = set(re.findall(r'data-component="([\w-]+)"', html))
        needs = bool(found & uses_python)
        assert needs == ('data-python' in html), f"{page}: data-python must mark exactly the components that use Python"
        assert needs == bool(re.search(r'<script type="module" async src="[^"]*python/start\.mjs">', head)), page
        # With the script that can hold Material's code back (partials/hold-material.html),
        # which stops Material's own tag, kept as Material writes it.
        assert needs == ("next-steps:python-idle" in head), page
        assert len(re.findall(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js"></script>', html)) == 1, page
        starting += needs
    assert starting >= 15  # every writer page, and the journal, link maker and group links


def static_imports(module: Path) -> set[Path]:
    """Every module a module imports, at any depth (static imports only)."""
    found, todo = set(), [module]
    while todo:
        source = todo.pop().resolve()
        for target in re.findall(r'^import .*?from "(\.{1,2}/[^"]+)";', source.read_text(encoding="utf-8"), re.M | re.S):
            path = (source.parent / target).resolve()
            if path not in found:
                found.add(path)
                todo.append(path)
    return found


def test_a_page_that_starts_python_preloads_every_module_start_needs(site_dir):
    scripts = (site_dir / "assets" / "javascripts").resolve()
    expected = {p.relative_to(scripts).as_posix() for p in static_imports(scripts / "python" / "start.mjs")}
    assert "python/client.mjs" in expected
    html = (site_dir / "letters" / "interview-thank-you" / "index.html").read_text(encoding="utf-8")
    head = html.split("</head>", 1)[0]
    preloaded = set(re.findall(r'<link rel="modulepreload" href="[^"]*?assets/javascripts/([^"]+)">', head))
    assert preloaded == expected


def test_pages_have_no_colour_switcher_and_keep_the_header_colour(site_dir):
    # One colour scheme: Material's switcher would restyle every page twice
    # as it starts (mkdocs.yml), so the page names the colour itself.
    css = (ROOT / "docs" / "assets" / "stylesheets" / "next-steps.css").read_text(encoding="utf-8")
    colour = re.search(r"--md-primary-fg-color:\s*(#[0-9a-fA-F]{3,6});", css).group(1)
    for page in (site_dir / "index.html", site_dir / "letters" / "interview-thank-you" / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert 'data-md-component="palette"' not in html, page
        assert f'<meta name="theme-color" content="{colour}">' in html, page


def test_the_builds_own_scripts_are_not_published(site_dir):
    # MkDocs would publish overrides/hooks/*.mjs at hooks/ (a theme folder).
    assert any((ROOT / "overrides" / "hooks").glob("*.mjs"))
    leaked = sorted(path.relative_to(site_dir).as_posix() for path in (site_dir / "hooks").rglob("*"))
    assert not leaked, f"build files in the site: {leaked}"
    assert '"hooks/' not in (site_dir / "sw.js").read_text(encoding="utf-8")
