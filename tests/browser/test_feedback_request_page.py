"""Tier 3: the feedback request in Chromium. The question checker's findings
appear beside the question field, with a kinder way to ask, as the reader types."""

from __future__ import annotations

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    described_by, field_advice, fill, shown_letters, wait_for_field_advice, wait_for_letter, wait_for_no_field_advice,
    wait_for_python,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("feedback-request")
PAGE = "/letters/feedback-request/"

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


def test_flagged_question_shows_a_kinder_way_beside_the_field(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, {**ANSWERS, "question": "Why was I rejected? I think you made a mistake."})
    text = wait_for_field_advice(page, SPEC, "question", "why you were turned down")
    assert "What would make me a stronger candidate" in text
    assert "chose wrongly" in text
    # The advice joins the field's description while it is shown.
    assert field_advice(page, SPEC, "question").get_attribute("id") in described_by(page, SPEC, "question")
    # The reader decides: the letter still holds their words.
    wait_for_python(page, SPEC)
    assert "Why was I rejected? I think you made a mistake." in shown_letters(page, SPEC)[0]["body"]
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)


def test_rewording_the_question_clears_the_warning(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, {**ANSWERS, "question": "What are my weaknesses?"})
    wait_for_field_advice(page, SPEC, "question", "weaknesses")
    fill(page, SPEC, {"question": "Which skill would you suggest I develop first?"})
    text = wait_for_field_advice(page, SPEC, "question", "looks ahead")
    assert "weaknesses" not in text
    wait_for_python(page, SPEC)
    body = shown_letters(page, SPEC)[0]["body"]
    assert "One question in particular: Which skill would you suggest I develop first?" in body
    fill(page, SPEC, {"question": ""})
    wait_for_no_field_advice(page, SPEC, "question")
    assert visit.errors == []


def test_no_interview_changes_the_thanks_and_the_advice(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, {**ANSWERS, "stage": "application"})
    wait_for_letter(page, SPEC, "considering my application")
    assert "expect less back" in field_advice(page, SPEC, "stage").inner_text()
