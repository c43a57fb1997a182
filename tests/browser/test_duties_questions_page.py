"""Tier 3: questions to ask about "other duties as assigned", in Chromium."""

from __future__ import annotations

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    control_id, copy, fill, follow_error_link, shown_letters, submit, wait_for_errors, wait_for_python, writer_advice,
)

pytestmark = pytest.mark.browser

SPEC = generators.SPECS["duties-questions"]
PAGE = "/letters/duties-questions/"


def test_ticked_and_typed_questions_make_one_numbered_list(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, {"questions": ["examples", "spotting_problems"], "role": "Office Coordinator",
                      "own_questions": "Who covers the front desk at lunch?\n\nHow often do other teams ask for help?"})
    wait_for_python(page, SPEC)
    letter = shown_letters(page, SPEC)[0]
    assert letter["layout"] == "script" and letter["subject"] == ""
    assert letter["body"] == (
        "Interview: Office Coordinator\n\n"
        '1. What has "other duties as assigned" meant for the last person in this role?\n'
        "2. If I notice something that isn't working, would you rather I fix it or tell you first?\n"
        "3. Who covers the front desk at lunch?\n"
        "4. How often do other teams ask for help?\n"
    )
    assert "You have four questions. The guide suggests two or three" in writer_advice(page, SPEC).inner_text()
    # Copy gives exactly the list.
    assert copy(page, SPEC, "copy-body") == letter["body"]
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    assert visit.errors == []


def test_an_empty_list_asks_for_a_question(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, {"role": "Nurse"})
    wait_for_python(page, SPEC)
    submit(page, SPEC)
    assert wait_for_errors(page, SPEC) == ["Choose at least one question, or write your own"]
    assert follow_error_link(page, SPEC) == control_id(SPEC, "questions-examples")[1:]
