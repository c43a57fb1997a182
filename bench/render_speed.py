"""CPython time to render each writer's example: the Python part of every
preview, without Pyodide or the browser. Prints µs per writer and the total.

    .venv/bin/python bench/render_speed.py [--repeat 200]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import generators  # noqa: E402


def render_time(spec, repeat: int) -> float:
    """Best of five batches, in µs per render: the least disturbed figure."""
    generators.render(spec.id, spec.example, spec.example_today)  # templates compiled once
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(repeat):
            generators.render(spec.id, spec.example, spec.example_today)
        best = min(best, (time.perf_counter() - started) / repeat)
    return best * 1e6


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=200, help="renders per batch (default 200)")
    args = parser.parse_args(argv)
    total = 0.0
    for spec in sorted(generators.SPECS.values(), key=lambda s: s.id):
        took = render_time(spec, args.repeat)
        total += took
        print(f"{spec.id:<28} {took:8.0f} µs")
    print(f"{'all ' + str(len(generators.SPECS)) + ' writers':<28} {total:8.0f} µs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
