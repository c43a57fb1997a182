"""Lever "memory snapshot", in the browser: can Chromium start Pyodide from a
snapshot made under Node (snapshot_experiment.mjs make), and how soon does
the first letter come? The bare worker of startup.py (row 2) as it is,
against the same worker given the snapshot, alternated run by run.

    .venv/bin/python bench/snapshot_in_browser.py [SITE_DIR] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from startup import BENCH_PREFIX, CHROMIUM, CHROMIUM_FLAGS, BenchError, Tally, bare, serve, write_bare_page  # noqa: E402

HERE = Path(__file__).resolve().parent


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", default="site", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--writer", default="interview-thank-you")
    args = parser.parse_args(argv)
    site = args.site.resolve()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-") as bench_dir:
            snapshot = Path(bench_dir) / "warm.bin"
            subprocess.run(
                ["node", str(HERE / "snapshot_experiment.mjs"), str(site / "pyodide"), args.writer, "1", "make", str(snapshot)],
                check=True, capture_output=True, text=True,
            )
            print(f"warm snapshot made under Node: {snapshot.stat().st_size / 1e6:.1f} MB")
            write_bare_page(Path(bench_dir))
            variants = {"from nothing": {}, "from snapshot": {"snapshot": f"{BENCH_PREFIX}warm.bin"}}
            samples = {label: [] for label in variants}
            answers = {label: set() for label in variants}
            with serve(site, Path(bench_dir), Tally()) as base_url, sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
                for run in range(args.runs):
                    order = list(variants.items())[:: 1 if run % 2 == 0 else -1]
                    for label, options in order:
                        try:
                            result = bare(browser, base_url, mode="render", writer=args.writer, **options)
                        except BenchError as error:
                            print(f"{label}: FAILED in Chromium: {error}")
                            return 0
                        marks = result["marks"]
                        samples[label].append((marks["booted"] - marks["start"], result["answeredAt"]))
                        answers[label].add(result["answer"])
                browser.close()
    except subprocess.CalledProcessError as error:
        print(f"bench/snapshot_in_browser.py: making the snapshot failed: {error.stderr.strip()[-500:]}", file=sys.stderr)
        return 1
    same = answers["from nothing"] == answers["from snapshot"] and len(answers["from nothing"]) == 1
    print(f"Chromium, bare worker, medians of {args.runs} cold runs (fresh context each):")
    for label, values in samples.items():
        boot = statistics.median(v[0] for v in values)
        first = statistics.median(v[1] for v in values)
        print(f"  {label:<14} Pyodide ready {boot:.0f} ms after the worker started; first letter {first:.0f} ms after navigation")
    print("  the letters are the same" if same else "  THE LETTERS DIFFER")
    return 0


if __name__ == "__main__":
    sys.exit(main())
