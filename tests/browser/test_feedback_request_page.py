"""Tier 3: the feedback request in Chromium. The question checker's findings
appear beside the question field, with a kinder way to ask, as the reader types."""

from __future__ import annotations

import pytest

import generators
from support.browser import format_violations
from browser.writers import fill, shown_letters, wait_for_python

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("feedback-request")
PAGE = "/letters/feedback-request/"
P = "#ns-feedback-request-"
ADVICE = "[data-field='question'] .ns-field-advice"

ANSWERS = {
    "your_name": "Ana Souza",
    "your_email": "ana.souza@example.com",
    "organization": "Northwind Health",
    "role": "Data Analyst",
    "contact_name": "Dana Lee",
    "contact_relation": "told_me",
    "news_date": "2026-03-24",
    "stage": "interview",
}


def question_advice(page, contains: str) -> str:
    page.wait_for_function(
        "([sel, text]) => { const n = document.querySelector(sel); return !n.hidden && n.textContent.includes(text); }",
        arg=[ADVICE, contains],
    )
    return page.locator(ADVICE).inner_text()


def test_flagged_question_shows_a_kinder_way_beside_the_field(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, ANSWERS)
    page.fill(P + "question", "Why was I rejected? I think you made a mistake.")
    text = question_advice(page, "why you were turned down")
    assert "What would make me a stronger candidate" in text
    assert "chose wrongly" in text
    # The advice joins the field's description while it is shown.
    described = page.get_attribute(P + "question", "aria-describedby")
    assert "ns-feedback-request-question-advice" in described
    # The reader decides: the letter still holds their words.
    wait_for_python(page, SPEC)
    assert "Why was I rejected? I think you made a mistake." in shown_letters(page, SPEC)[0]["body"]
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)


def test_rewording_the_question_clears_the_warning(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, ANSWERS)
    page.fill(P + "question", "What are my weaknesses?")
    question_advice(page, "weaknesses")
    page.fill(P + "question", "Which skill would you suggest I develop first?")
    text = question_advice(page, "looks ahead")
    assert "weaknesses" not in text
    wait_for_python(page, SPEC)
    body = shown_letters(page, SPEC)[0]["body"]
    assert "One question in particular: Which skill would you suggest I develop first?" in body
    page.fill(P + "question", "")
    page.wait_for_function("(sel) => document.querySelector(sel).hidden", arg=ADVICE)
    assert visit.errors == []


def test_no_interview_changes_the_thanks_and_the_advice(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, {**ANSWERS, "stage": "application"})
    page.wait_for_function(
        "() => document.querySelector('.ns-letter__body').textContent.includes('considering my application')"
    )
    assert "expect less back" in page.locator("[data-field='stage'] .ns-field-advice").inner_text()
