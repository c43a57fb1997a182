"""Tier 2: the same golden cases in real Pyodide (Python 3.14, WebAssembly)
under Node, started from the built site exactly as the browser starts it
(docs/assets/javascripts/python/interpreter.mjs): from the build's snapshot,
and by a boot, as a browser that cannot use the snapshot starts it. Output
must be byte-identical to CPython's either way."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile

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
# Every other kind of call: the files a reader downloads, and a QR code,
# whose wheel (segno) is installed when it is first called.
LETTER = {"subject": "Thank you", "body": "Dear Ms Okafor,\n\nThank you.\n\nAda", "heading": "", "layout": "email"}
OTHER_CALLS = [
    {"call": "export", "args": {"letter": LETTER, "format": "txt"}},
    {"call": "export", "args": {"letter": LETTER, "format": "docx"}},
    {"call": "qr", "args": {"text": "https://example.org/letters/interview-thank-you/#fill?your_name=Ada"}},
    {"call": "link", "args": {"writer": "withdrawal", "values": {"your_name": "Ada"}, "page_url": "https://example.org/w/"}},
]
STARTS = ("snapshot", "boot")


@pytest.fixture(scope="module", params=STARTS)
def pyodide_results(request, site_dir):
    node = shutil.which("node")
    assert node, "Node is needed for the Pyodide tier"
    cases = [
        {"generator": c.generator, "values": c.values, "today": c.today.isoformat()} for c in golden_cases()
    ] + [{"generator": g, "values": v, "today": t} for g, v, t in EXTRA_CASES] + OTHER_CALLS + [
        {"call": c.call, "args": c.args} for c in journal_cases()
    ]
    done = subprocess.run(
        [node, str(ROOT / "tests" / "pyodide_runner.mjs"), str(site_dir), request.param],
        input=json.dumps(cases), capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    output = json.loads(done.stdout)
    assert output["start"] == request.param
    return cases, output


def test_runs_python_314(pyodide_results):
    _, output = pyodide_results
    assert output["python"].startswith("3.14")


def test_a_start_imports_nothing_a_call_needs_beyond_a_wheel_loaded_on_demand(pyodide_results, site_dir):
    """From the snapshot, every module every call uses is imported already
    (the zip it mounts is empty, so a module it missed could not load at
    all); only a wheel loaded on demand brings its own and the standard
    modules it uses (on_demand_stdlib.zip)."""
    _, output = pyodide_results
    later = set(output["importedLater"])
    if output["start"] == "boot":
        # A boot imports as it goes: each template when it is first written.
        assert any(name.startswith("generators._templates.") for name in later)
        return
    with zipfile.ZipFile(site_dir / "pyodide" / "on_demand_stdlib.zip") as on_demand:
        standard = {name.removesuffix(".pyc").removesuffix("/__init__").replace("/", ".") for name in on_demand.namelist()}
    assert "segno" in later
    assert {name for name in later if not name.startswith("segno")} <= standard


def test_every_case_is_byte_identical_to_cpython(pyodide_results):
    cases, output = pyodide_results
    assert len(output["results"]) == len(cases)
    for case, in_pyodide in zip(cases, output["results"]):
        if "call" in case:  # the other calls, and the move-on journal's
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
