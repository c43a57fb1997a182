"""The worker contract (docs/assets/javascripts/python/calls.mjs) and the
Python call table (generators/web/browser.py CALLS) declare the same calls
with the same arguments, both ways; and the page calls only declared ones."""

from __future__ import annotations

import inspect
import json
import re
import subprocess

import pytest

from support.paths import ROOT
from generators.web import browser

JAVASCRIPTS = ROOT / "docs" / "assets" / "javascripts"
CALLS_MODULE = JAVASCRIPTS / "python" / "calls.mjs"


@pytest.fixture(scope="module")
def declared() -> dict:
    script = f"import({json.dumps(CALLS_MODULE.as_uri())}).then(m => console.log(JSON.stringify(m.CALLS)))"
    done = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def python_arguments(function) -> list[str]:
    return [name for name, p in inspect.signature(function).parameters.items() if p.kind is p.POSITIONAL_OR_KEYWORD]


def test_the_same_calls_on_both_sides(declared):
    assert sorted(declared) == sorted(browser.CALLS)


@pytest.mark.parametrize("name", sorted(browser.CALLS))
def test_each_call_takes_the_arguments_python_takes(declared, name):
    assert sorted(declared[name]["args"]) == sorted(python_arguments(browser.CALLS[name]))


def test_extra_wheels_are_ones_the_site_serves(declared):
    import tomllib

    pins = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["next-steps"]["browser-wheels"]
    served = {pin.split("==")[0] for pin in pins}
    for name, call in declared.items():
        assert set(call["wheels"]) <= served, name


def test_the_page_calls_only_declared_calls(declared):
    used = set()
    for script in JAVASCRIPTS.rglob("*.mjs"):
        used |= set(re.findall(r"\.call\(\s*\"([a-z_]+)\"", script.read_text(encoding="utf-8")))
    assert used, "the scan found no call: has the calling convention changed?"
    assert used <= set(declared), used - set(declared)


def test_only_the_contract_names_wheels():
    # The worker learns which wheels a call needs from calls.mjs alone.
    worker = (JAVASCRIPTS / "python" / "worker.mjs").read_text(encoding="utf-8")
    assert "segno" not in worker
