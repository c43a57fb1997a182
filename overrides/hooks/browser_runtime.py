"""MkDocs hook: put the browser's Python into the built site.

After each build, ``site/pyodide/`` holds the Pyodide runtime from the pinned
npm package, the standard library the site uses (byte-compiled), the
pure-Python wheels the generators need, the project's own wheel, the
snapshot every start restores (docs/assets/javascripts/python/snapshot.mjs),
and a ``pyodide-lock.json`` written here with the sha256 of every wheel and
of the snapshot. The browser checks each download against its hash.

Why not pyodide-build: its current releases need Python 3.12+, and a pure
Python wheel needs only the standard build tools (see README, contributors).
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# V8's explicit compile hint, put before pyodide.asm.mjs: Chromium compiles
# every function of it at once instead of each the first time it runs, so
# the compiled code it keeps beside the offline copy holds all a start runs
# (docs/assets/javascripts/python/code-cache.mjs). Other browsers read a
# comment.
COMPILE_HINT = {"pyodide.asm.mjs": b"//# allFunctionsCalledOnLoad\n"}
WHEEL_CACHE = ROOT / "build" / "browser-wheels"
# A fixed timestamp makes the project wheel reproducible: same code, same hash.
SOURCE_DATE_EPOCH = "1767225600"  # 2026-01-01

# Module workers and wasm need the right types from `mkdocs serve`, whatever
# the machine's mime.types says.
mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("application/wasm", ".wasm")


class BuildError(RuntimeError):
    pass


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pip(*args: str, env: dict | None = None) -> None:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args]
    done = subprocess.run(command, env={**os.environ, **(env or {})}, capture_output=True, text=True)
    if done.returncode:
        raise BuildError(f"pip {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")


def pinned_wheels() -> list[tuple[str, str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    pins = config["tool"]["next-steps"]["browser-wheels"]
    return [tuple(pin.split("==")) for pin in pins]


def third_party_wheel(name: str, version: str) -> Path:
    """A pure-Python wheel of name==version, fetched or built once per machine."""
    WHEEL_CACHE.mkdir(parents=True, exist_ok=True)
    pattern = f"{name.lower()}-{version}-py3-none-any.whl"
    cached = [p for p in WHEEL_CACHE.iterdir() if p.name.lower() == pattern]
    if cached:
        return cached[0]
    with tempfile.TemporaryDirectory() as tmp:
        try:
            pip("download", "--no-deps", "--only-binary=:all:", "--platform", "any",
                "--python-version", "3.14", "-d", tmp, f"{name}=={version}")
        except BuildError:
            # No pure wheel on PyPI (MarkupSafe): build one from the sdist with
            # the C extension made impossible, which its setup falls back from.
            pip("wheel", "--no-deps", "--no-cache-dir", "--no-binary", name, "-w", tmp,
                f"{name}=={version}", env={"CC": "false", "CXX": "false"})
        found = [p for p in Path(tmp).iterdir() if p.name.lower() == pattern]
        if not found:
            got = ", ".join(p.name for p in Path(tmp).iterdir())
            raise BuildError(f"expected a pure-Python wheel {pattern}, got: {got}")
        return Path(shutil.copy2(found[0], WHEEL_CACHE / found[0].name))


def project_wheel(out: Path) -> Path:
    """The generators package as a wheel, built from a clean copy of the source
    so no stale build/ output or concurrent build can leak into it."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "source"
        source.mkdir()
        for name in ("pyproject.toml", "README.md"):
            shutil.copy2(ROOT / name, source / name)
        shutil.copytree(ROOT / "generators", source / "generators",
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        pip("wheel", "--no-deps", "--no-build-isolation", "-w", tmp, str(source),
            env={"SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH})
        (built,) = Path(tmp).glob("next_steps-*.whl")
        return Path(shutil.copy2(built, out / built.name))


def compile_for_the_browser(step: str, *args: Path) -> dict:
    """One step of compile_for_the_browser.mjs beside this file, which does
    with the browser's own Python (Pyodide under Node) what every reader's
    device would otherwise do at each start; returns what it wrote."""
    script = Path(__file__).with_name("compile_for_the_browser.mjs")
    done = subprocess.run(["node", str(script), step, *map(str, args)], capture_output=True, text=True)
    if done.returncode:
        raise BuildError(f"{step} for the browser failed:\n{done.stdout}\n{done.stderr}")
    return json.loads(done.stdout)


def wheel_entry(path: Path, name: str, imports: list[str], depends: list[str]) -> dict:
    version = path.name.split("-")[1]
    return {
        "name": name,
        "version": version,
        "file_name": path.name,
        "install_dir": "site",
        "sha256": sha256(path),
        "package_type": "package",
        "imports": imports,
        "depends": depends,
        "unvendored_tests": False,
    }


def build_runtime(site_dir: Path) -> dict:
    """Write site/pyodide/ and return the lock it serves."""
    if not (NPM_PYODIDE / "pyodide.mjs").exists():
        raise BuildError("node_modules/pyodide is missing: run `npm ci` (make does it for you)")
    out = site_dir / "pyodide"
    out.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        (out / name).write_bytes(COMPILE_HINT.get(name, b"") + (NPM_PYODIDE / name).read_bytes())

    upstream = json.loads((NPM_PYODIDE / "pyodide-lock.json").read_text())
    dependencies = {"jinja2": ["markupsafe"]}
    wheels = {name.lower(): Path(shutil.copy2(third_party_wheel(name, version), out))
              for name, version in pinned_wheels()}
    wheels["next-steps"] = project_wheel(out)
    compile_for_the_browser("wheels", *wheels.values())
    # The hashes are taken after compiling: the lock lists what is served.
    packages = {key: wheel_entry(wheel, key, [key], dependencies.get(key, [])) for key, wheel in wheels.items()}
    packages["next-steps"] = wheel_entry(wheels["next-steps"], "next-steps", ["generators"], ["jinja2"])

    # Only what we ship: a name missing here fails loudly instead of being
    # fetched from somewhere else.
    lock = {"info": upstream["info"], "packages": packages}
    write_lock(out, lock)
    # The standard library and the snapshot, from the wheels that lock lists.
    written = compile_for_the_browser("interpreter", out)
    lock["info"] = {
        **lock["info"],
        "snapshot_sha256": sha256(out / written["snapshot"]),
        "snapshot_size": written["snapshot_size"],
        "on_demand_stdlib_sha256": sha256(out / written["on_demand_stdlib"]),
        # Left out of the offline copy (offline.py): a start from the
        # snapshot never needs them.
        "boot_only_files": written["boot_only_files"],
    }
    write_lock(out, lock)
    return lock


def write_lock(out: Path, lock: dict) -> None:
    (out / "pyodide-lock.json").write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n")


def on_files(files, config):
    # MkDocs publishes every file in the theme's folder but .py and .html
    # ones: without this, the build's own compile_for_the_browser.mjs went
    # into the site and every reader's offline copy.
    hooks = Path(__file__).parent
    for file in [file for file in files if file.abs_src_path and Path(file.abs_src_path).parent == hooks]:
        files.remove(file)
    return files


def on_post_build(config, **kwargs) -> None:
    try:
        build_runtime(Path(config["site_dir"]))
    except BuildError as error:
        from mkdocs.exceptions import PluginError

        raise PluginError(f"browser runtime: {error}") from None
