"""Tier 2: the same golden cases in real Pyodide (Python 3.14, WebAssembly)
under Node, loaded from the built site exactly as the browser loads them.
Output must be byte-identical to CPython's."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from generators.__main__ import format_text
from generators.web.browser import call, render_json
from generators.core.spec import Letter, Message, Result

from support.golden import golden_cases, journal_cases, readable
from support.paths import ROOT

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
    ] + [{"generator": g, "values": v, "today": t} for g, v, t in EXTRA_CASES] + [
        {"call": c.call, "args": c.args} for c in journal_cases()
    ]
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


def test_no_standard_module_a_letter_uses_is_compiled_on_the_device(pyodide_results):
    """The npm runtime's standard library is source only; the build compiles
    what the site imports (compile_for_the_browser.mjs). A module missing
    from that set still works, but every start pays for compiling it."""
    _, output = pyodide_results
    assert output["fromSource"] == []


def test_every_case_is_byte_identical_to_cpython(pyodide_results):
    cases, output = pyodide_results
    assert len(output["results"]) == len(cases)
    for case, in_pyodide in zip(cases, output["results"]):
        if "call" in case:  # the move-on journal's calls
            in_cpython = call(case["call"], json.dumps(case["args"]))
            assert in_pyodide == in_cpython, f"{case['call']} differs for {case['args']}"
            continue
        in_cpython = render_json(case["generator"], json.dumps(case["values"]), case["today"])
        assert in_pyodide == in_cpython, f"{case['generator']} differs for {case['values']}"


def as_result(data: dict) -> Result:
    return Result(
        letters=tuple(Letter(**{k: l[k] for k in ("subject", "body", "heading", "layout")}) for l in data["letters"]),
        errors=tuple(Message(**m) for m in data["errors"]),
        advice=tuple(Message(**m) for m in data["advice"]),
        notices=tuple(Message(**m) for m in data["notices"]),
    )


def test_pyodide_output_matches_the_golden_files(pyodide_results):
    """Checked against the reviewed files, not only against CPython, so a change
    that breaks both runtimes alike still fails here."""
    _, output = pyodide_results
    for case, raw in zip(golden_cases(), output["results"]):
        assert format_text(as_result(json.loads(raw))) == case.expected_path.read_text(encoding="utf-8"), case.id


def test_pyodide_journal_answers_match_their_golden_files(pyodide_results):
    """The move-on journal's golden cases (tests/golden/move-on-journal/), run last."""
    _, output = pyodide_results
    cases = journal_cases()
    for case, raw in zip(cases, output["results"][-len(cases):]):
        assert readable(case.call, raw) == case.expected_path.read_text(encoding="utf-8"), case.id
