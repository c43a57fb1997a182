"""Tier 2: the same golden cases in real Pyodide (Python 3.14, WebAssembly)
under Node, loaded from the built site exactly as the browser loads them.
Output must be byte-identical to CPython's."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

import generators
from generators.browser import render_json

from conftest import ROOT, golden_cases

pytestmark = pytest.mark.pyodide

# Beyond the goldens: drafts, hostile text and hygiene must agree too.
EXTRA_CASES = [
    ("interview-thank-you", {}, "2026-03-13"),
    ("interview-thank-you", {"your_name": "<img src=x onerror=alert(1)>", "organization": "{{ 7*7 }}{% raw %}"}, "2026-03-13"),
    ("interview-thank-you", {"your_name": "Zoe\u0308 \u202eevil\u202c", "role": "x" * 10_000}, "2026-03-13"),
    ("interview-thank-you", {"your_name": "山田 太郎 🎉", "interview_date": "2026-02-30"}, "2026-03-13"),
]


@pytest.fixture(scope="module")
def pyodide_results(site_dir):
    node = shutil.which("node")
    assert node, "Node is needed for the Pyodide tier"
    cases = [
        {"generator": c.generator, "values": c.values, "today": c.today.isoformat()} for c in golden_cases()
    ] + [{"generator": g, "values": v, "today": t} for g, v, t in EXTRA_CASES]
    done = subprocess.run(
        [node, str(ROOT / "tests" / "pyodide_runner.mjs"), str(site_dir)],
        input=json.dumps(cases), capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    output = json.loads(done.stdout)
    return cases, output


def test_runs_python_314(pyodide_results):
    _, output = pyodide_results
    assert output["python"].startswith("3.14")


def test_every_case_is_byte_identical_to_cpython(pyodide_results):
    cases, output = pyodide_results
    assert len(output["results"]) == len(cases)
    for case, in_pyodide in zip(cases, output["results"]):
        in_cpython = render_json(case["generator"], json.dumps(case["values"]), case["today"])
        assert in_pyodide == in_cpython, f"{case['generator']} differs for {case['values']}"


def test_golden_letters_come_out_of_pyodide(pyodide_results):
    """Guards against both sides agreeing on nothing (for example two empty results)."""
    cases, output = pyodide_results
    golden = golden_cases()
    for case, raw in zip(golden, output["results"]):
        result = json.loads(raw)
        assert result["ok"], case.id
        expected = generators.render(case.generator, case.values, case.today)
        assert [l["body"] for l in result["letters"]] == [l.body for l in expected.letters]
        assert all(l["body"].strip() for l in result["letters"])
