"""Golden letters: complete outputs, read whole by a reviewer, compared byte for byte.

Set GOLDEN_UPDATE=1 to rewrite the .txt files after a deliberate change, then
read the diff before committing it.
"""

from __future__ import annotations

import os

import pytest

import generators
from generators.__main__ import format_text

from support.golden import golden_cases

CASES = golden_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_golden_letter(case):
    result = generators.render(case.generator, case.values, case.today)
    assert result.ok, [e.text for e in result.errors]
    text = format_text(result)
    if os.environ.get("GOLDEN_UPDATE") == "1":
        case.expected_path.write_text(text, encoding="utf-8")
    assert case.expected_path.exists(), f"missing {case.expected_path}: run with GOLDEN_UPDATE=1 and review it"
    assert text == case.expected_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("generator", sorted(generators.SPECS))
def test_every_generator_has_golden_cases(generator):
    assert sum(c.generator == generator for c in CASES) >= 3, f"{generator} needs golden cases covering its branches"
