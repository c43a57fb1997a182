"""Where things are, for every tier."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# NS_SITE_DIR lets several people (or helpers) build and test side by side.
SITE = Path(os.environ.get("NS_SITE_DIR", ROOT / "site"))
GOLDEN = ROOT / "tests" / "golden"

for path in (ROOT, ROOT / "overrides" / "hooks"):  # the project, and the build hooks for their tests
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))
