"""The built site, as a fixture every tier that needs it shares."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .paths import ROOT, SITE


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
