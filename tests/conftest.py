"""Test set-up. Test support lives in tests/support/ and loads as pytest
plugins; no test imports from a conftest. ROOT and golden_cases are still
importable from here for the browser tier, until it imports them from
support.paths and support.golden."""

from __future__ import annotations

from support.golden import golden_cases  # noqa: F401  (for tests/browser/)
from support.paths import ROOT  # noqa: F401  (for tests/browser/)

pytest_plugins = ["support.browser", "support.site", "support.letters"]
