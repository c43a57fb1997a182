"""Lever "byte-compile the wheels for the browser's Python at build time",
measured alone: the same bare worker as row 2 of startup.py, with the site's
wheels as they are and with their .py files compiled to .pyc by Pyodide
itself (bench/compile_wheels.mjs), plain and without docstrings and asserts
(-OO, smaller), alternated run by run. The same three are then timed under
Node, with no browser in the way. Builds nothing into the site; prints the
figures.

    .venv/bin/python bench/compile_wheels_experiment.py [SITE_DIR] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from startup import (  # noqa: E402
    BENCH_PREFIX, CHROMIUM, CHROMIUM_FLAGS, BenchError, Tally, bare, serve, write_bare_page,
)

HERE = Path(__file__).resolve().parent
PHASES = ("boot", "load", "import", "render")


def phases(marks: dict) -> dict:
    """ms of each phase from the bare worker's absolute marks."""
    return {
        "boot": marks["booted"] - marks["start"],
        "load": marks["loaded"] - marks["booted"],
        "import": marks["imported"] - marks["loaded"],
        "render": marks["rendered"] - marks["imported"],
    }


def node_start(runtime: Path, lock_dir: Path, writer: str) -> dict:
    out = subprocess.run(
        ["node", str(HERE / "compile_wheels.mjs"), "time", str(runtime), str(lock_dir), writer],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout)


def summary(label: str, samples: list[dict]) -> str:
    med = {p: statistics.median(s[p] for s in samples) for p in PHASES}
    after_boot = med["load"] + med["import"] + med["render"]
    cells = ", ".join(f"{p} {med[p]:.0f}" for p in PHASES)
    return f"  {label:<12} {cells}; load+import+render {after_boot:.0f} ms"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", default="site", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--writer", default="interview-thank-you")
    args = parser.parse_args(argv)
    runtime = args.site.resolve() / "pyodide"
    try:
        with tempfile.TemporaryDirectory(prefix="bench-") as bench_dir:
            # Folder under the bench's own path -> optimization level.
            levels = {"compiled": 0, "compiled-OO": 2}
            for folder, level in levels.items():
                subprocess.run(["node", str(HERE / "compile_wheels.mjs"), "compile", str(runtime),
                                str(Path(bench_dir) / folder), str(level)], check=True)
            lock = json.loads((runtime / "pyodide-lock.json").read_text())
            print("wheel sizes (bytes): as built → compiled → compiled without docstrings and asserts (-OO):")
            for entry in lock["packages"].values():
                name = entry["file_name"]
                sizes = [(runtime / name).stat().st_size, *((Path(bench_dir) / f / name).stat().st_size for f in levels)]
                print(f"  {name:<40} " + " → ".join(f"{size:>7}" for size in sizes))

            folders = {"as built": runtime, **{f: Path(bench_dir) / f for f in levels}}
            variants = {"as built": {}, **{
                f: {"lock": f"{BENCH_PREFIX}{f}/pyodide-lock.json", "packages": f"{BENCH_PREFIX}{f}/"} for f in levels
            }}
            browser_samples = {label: [] for label in variants}
            write_bare_page(Path(bench_dir))
            with serve(args.site.resolve(), Path(bench_dir), Tally()) as base_url, sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
                bodies = set()
                for run in range(args.runs):
                    for label, options in list(variants.items())[:: 1 if run % 2 == 0 else -1]:
                        result = bare(browser, base_url, mode="render", writer=args.writer, **options)
                        bodies.add(result["answer"])
                        browser_samples[label].append(phases(result["marks"]))
                browser.close()
            if len(bodies) != 1:
                raise BenchError("the compiled wheels wrote a different letter")

            node_samples = {label: [] for label in variants}
            for run in range(args.runs):
                for label, folder in list(folders.items())[:: 1 if run % 2 == 0 else -1]:
                    node_samples[label].append(node_start(runtime, folder, args.writer))
    except (BenchError, subprocess.CalledProcessError) as error:
        print(f"bench/compile_wheels_experiment.py: {error}", file=sys.stderr)
        return 1
    print(f"Chromium, bare worker (row 2), medians of {args.runs} cold runs, ms:")
    for label, samples in browser_samples.items():
        print(summary(label, samples))
    print(f"Node, medians of {args.runs} cold starts, ms:")
    for label, samples in node_samples.items():
        print(summary(label, samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
