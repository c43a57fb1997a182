"""No script of ours turns data into HTML: the page writes text with
textContent or value, never with the HTML sinks below."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support.paths import ROOT

SCRIPTS = sorted((ROOT / "docs" / "assets" / "javascripts").rglob("*.*js"))
# A sink with anything but a plain string literal on the right is refused.
SINKS = re.compile(
    r"""\.(?:innerHTML|outerHTML)\s*\+?=(?!\s*(?:"[^"\\]*"|'[^'\\]*'|`[^`$\\]*`)\s*[;,)\n])"""
    r"""|\.insertAdjacentHTML\s*\(|document\.write(?:ln)?\s*\(|\.srcdoc\s*=|new\s+Function\s*\(|\beval\s*\(""",
)


def sinks_in(source: str) -> list[str]:
    source = re.sub(r"^\s*//.*$", "", source, flags=re.MULTILINE)  # comments may name the sinks
    return [m.group(0) for m in SINKS.finditer(source)]


def test_there_are_scripts_to_check():
    assert {p.name for p in SCRIPTS} >= {"main.mjs", "worker.mjs", "client.mjs", "writer.mjs"}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.relative_to(ROOT / "docs" / "assets" / "javascripts").as_posix())
def test_no_html_sink_takes_data(script: Path):
    assert sinks_in(script.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("bad", [
    "el.innerHTML = letter.body;",
    "el.innerHTML += `<b>${name}</b>`;",
    "el.outerHTML = html;",
    "el.insertAdjacentHTML('beforeend', x);",
    "document.write(x);",
    "frame.srcdoc = text;",
    "new Function(code)();",
    "eval(code);",
])
def test_the_check_catches_each_sink(bad):
    assert sinks_in(bad)


def test_the_check_allows_constant_strings():
    assert sinks_in('el.innerHTML = "";\nel.textContent = letter.body;') == []
