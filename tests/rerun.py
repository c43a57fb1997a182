"""Run the same tests N times in a row and list every failure with its run.

    .venv/bin/python tests/rerun.py 5                      # the browser tier, 5 times, on both cores
    .venv/bin/python tests/rerun.py 20 tests/browser/test_trust.py -k keyboard

A test that fails in any run is a bug (in the product or in the test) to be
found, not a timeout to raise. Exits 1 if any run failed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    if not argv or not argv[0].isdigit():
        print(__doc__)
        return 2
    runs, selection = int(argv[0]), argv[1:] or ["-n", "2", "--dist", "loadfile", "tests/browser"]
    env = {**os.environ, "NS_SITE_BUILT": os.environ.get("NS_SITE_BUILT", "1")}
    failures: list[tuple[int, str]] = []
    for run in range(1, runs + 1):
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rfE", *selection],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )
        # "FAILED <test> - <why>": the why is what a hunt for the cause needs.
        found = re.findall(r"^(?:FAILED|ERROR) (\S+.*)$", done.stdout, flags=re.MULTILINE)
        summary = (done.stdout.strip().splitlines() or ["(no output)"])[-1]
        print(f"run {run}/{runs}: {summary} ({time.monotonic() - started:.0f} s, exit {done.returncode})", flush=True)
        for test in found:
            print(f"  run {run} failed: {test}", flush=True)
        failures += [(run, test) for test in found]
        if done.returncode not in (0, 1) and not found:
            print(done.stdout[-3000:], done.stderr[-3000:], sep="\n")
            failures.append((run, f"pytest exited {done.returncode}"))
    print(f"{runs} runs, {len(failures)} failures" + "".join(f"\n  run {r}: {t}" for r, t in failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
