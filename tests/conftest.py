"""Shared test set-up: paths, the built site, and golden cases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

# Test support lives in tests/support/ and loads as plugins: no test imports
# from a conftest.
pytest_plugins = ["support.browser"]

ROOT = Path(__file__).resolve().parents[1]
# NS_SITE_DIR lets several people (or helpers) build and test side by side.
SITE = Path(os.environ.get("NS_SITE_DIR", ROOT / "site"))
GOLDEN = ROOT / "tests" / "golden"

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))  # the build hooks, for their tests


@dataclass(frozen=True)
class GoldenCase:
    """tests/golden/<generator>/<name>.json holds {"today", "values"};
    <name>.txt beside it holds the letter(s) and advice as the CLI prints them."""

    generator: str
    name: str
    today: date
    values: dict

    @property
    def expected_path(self) -> Path:
        return GOLDEN / self.generator / f"{self.name}.txt"

    @property
    def id(self) -> str:
        return f"{self.generator}/{self.name}"


def golden_cases() -> list[GoldenCase]:
    cases = []
    for path in sorted(GOLDEN.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cases.append(GoldenCase(path.parent.name, path.stem, date.fromisoformat(data["today"]), data["values"]))
    return cases


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site. `make test` builds it first; a bare pytest run builds it
    here so that no tier ever tests a stale site by accident."""
    if os.environ.get("NS_SITE_BUILT") != "1":
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(SITE)],
            cwd=ROOT, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
    assert (SITE / "pyodide" / "pyodide-lock.json").exists()
    return SITE
