"""Tier 3: questions to ask about "other duties as assigned", in Chromium."""

from __future__ import annotations

import pytest

import generators
from support.browser import format_violations
from browser.writers import fill, shown_letters, wait_for_python

pytestmark = pytest.mark.browser

SPEC = generators.SPECS["duties-questions"]
PAGE = "/letters/duties-questions/"
P = "#ns-duties-questions-"


def test_ticked_and_typed_questions_make_one_numbered_list(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, {"questions": ["examples", "spotting_problems"], "role": "Office Coordinator"})
    page.fill(P + "own_questions", "Who covers the front desk at lunch?\n\nHow often do other teams ask for help?")
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
    advice = page.locator(P + "advice").inner_text()
    assert "You have four questions. The guide suggests two or three" in advice
    # Copy gives exactly the list.
    page.click(".ns-letter [data-action='copy-body']")
    page.wait_for_function("() => document.querySelector('.ns-copy-status').textContent.includes('copied')")
    assert page.evaluate("navigator.clipboard.readText()") == letter["body"]
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    assert visit.errors == []


def test_an_empty_list_asks_for_a_question(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    page.fill(P + "role", "Nurse")
    wait_for_python(page, SPEC)
    page.click(".ns-writer .ns-submit")
    summary = page.locator(P + "errors")
    summary.wait_for(state="visible")
    assert summary.locator("li").all_inner_texts() == ["Choose at least one question, or write your own"]
    summary.locator("a").click()
    assert page.evaluate("document.activeElement.id") == "ns-duties-questions-questions-examples"
