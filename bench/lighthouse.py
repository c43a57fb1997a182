"""Lighthouse (mobile) scores for the home page, a guide and a writer page.

    .venv/bin/python bench/lighthouse.py [BASE_URL] [--page PATH ...] [--runs 3]
    .venv/bin/python bench/lighthouse.py --serve site [--port 8080]

Runs npm's lighthouse 12.2.3 (package-lock.json) with Debian's Chromium
against a site being served (by default `make serve-production` at
http://127.0.0.1:8080/), or serves a built site itself through nginx
(hosting/serve.py) for the run: `make bench-lighthouse`. Prints one row of scores per
page and every audit that failed. Each page is measured RUNS times and the
run with the median performance score is shown, as Lighthouse advises: one
run on a busy machine can be 15 points off. A benchmark, not a test: it exits
0 whatever the scores, and 1 only when Lighthouse itself cannot run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The test support, for the browser flags the tests and benches share.
sys.path.insert(0, str(ROOT / "tests"))

from hosting.serve import serve_production  # noqa: E402
from support.browser import BROWSER_UI_OFF, CHROMIUM  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
PAGES = ("", "applying/follow-up/", "letters/interview-thank-you/")
# Audits that only inform (or need a person) carry no pass or fail.
UNSCORED = {"manual", "notApplicable", "informative", "error"}


def run_lighthouse(url: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        report = Path(tmp) / "report.json"
        command = [
            str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
            "--only-categories=" + ",".join(CATEGORIES),
            f"--chrome-flags=--headless=new --no-sandbox --disable-gpu {BROWSER_UI_OFF}",
        ]
        done = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True)
        if done.returncode or not report.exists():
            raise RuntimeError(f"lighthouse failed on {url}:\n{done.stderr[-2000:]}")
        return json.loads(report.read_text(encoding="utf-8"))


def failing_audits(report: dict) -> list[str]:
    failed = []
    for category in report["categories"].values():
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if audit["scoreDisplayMode"] in UNSCORED or audit["score"] is None or audit["score"] >= 0.9:
                continue
            shown = audit.get("displayValue", "")
            failed.append(f"{category['id']}: {audit['id']} ({audit['score']:.2f}) {shown}".rstrip())
    return sorted(set(failed))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url", nargs="?", default="http://127.0.0.1:8080/")
    parser.add_argument("--page", action="append", help="a path under the base URL (repeatable)")
    parser.add_argument("--serve", type=Path, metavar="SITE_DIR", help="serve this built site through nginx for the run")
    parser.add_argument("--port", type=int, default=8080, help="with --serve: the port (default 8080)")
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median one is shown (default 3)")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        print("node_modules/.bin/lighthouse is missing: run `npm ci`", file=sys.stderr)
        return 1
    with serve_production(args.serve, args.port) if args.serve else contextlib.nullcontext(args.base_url) as base:
        report(base if base.endswith("/") else base + "/", args.page or PAGES, args.runs)
    return 0


def median_run(url: str, runs: int) -> tuple[dict, list[int]]:
    """The report of the run with the median performance score, and every
    run's performance score."""
    results = sorted((run_lighthouse(url) for _ in range(runs)), key=lambda r: r["categories"]["performance"]["score"])
    return results[len(results) // 2], [round(r["categories"]["performance"]["score"] * 100) for r in results]


def report(base: str, pages, runs: int) -> None:
    rows, failures = [], {}
    for page in pages:
        result, performance = median_run(base + page, runs)
        print(f"/{page}: performance over {runs} runs: {performance}", flush=True)
        scores = {c: round(result["categories"][c]["score"] * 100) for c in CATEGORIES}
        weight = result["audits"]["total-byte-weight"]["numericValue"] / 1024
        rows.append(("/" + page, scores, weight))
        failures["/" + page] = failing_audits(result)

    header = f"{'page':34} " + " ".join(f"{c:>14}" for c in CATEGORIES) + f" {'bytes (KiB)':>12}"
    print(header)
    for page, scores, weight in rows:
        marks = " ".join(f"{scores[c]:>13}{'' if scores[c] >= TARGETS[c] else '*'}" for c in CATEGORIES)
        print(f"{page:34} {marks} {weight:>12.0f}")
    print("targets: " + ", ".join(f"{c} >= {t}" for c, t in TARGETS.items()) + " (* = below)")
    for page, failed in failures.items():
        print(f"\nFailing audits on {page}:" if failed else f"\nNo failing audits on {page}.")
        for line in failed:
            print("  " + line)


if __name__ == "__main__":
    sys.exit(main())
