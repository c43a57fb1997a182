"""Tier 3: the thank-you for feedback in Chromium: the letter follows the
answers, and pushing back on the feedback is flagged beside the field."""

from __future__ import annotations

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    fill, shown_letters, wait_for_field_advice, wait_for_letter, wait_for_no_field_advice, wait_for_python,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("thanks-for-feedback")
PAGE = "/letters/thanks-for-feedback/"

ANSWERS = {
    "your_name": "Ana Souza",
    "organization": "Northwind Health",
    "role": "Data Analyst",
    "contact_name": "Dana Lee",
    "feedback_date": "2026-03-27",
    "feedback": "that I show one project in depth",
    "action": "rehearse one project story out loud",
}


def test_the_note_names_the_advice_and_the_step(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, ANSWERS)
    wait_for_python(page, SPEC)
    letter = shown_letters(page, SPEC)[0]
    assert letter["subject"] == "Thank you for your advice on my Data Analyst application"
    assert "You suggested that I show one project in depth." in letter["body"]
    assert "I plan to rehearse one project story out loud." in letter["body"]
    fill(page, SPEC, {"tone": "warm"})
    wait_for_letter(page, SPEC, "Hi Dana,", match="starts")
    assert visit.errors == []


def test_arguing_is_flagged_beside_the_field_and_clears_when_reworded(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, {**ANSWERS, "feedback": "that I lacked SQL, though I disagree"})
    wait_for_field_advice(page, SPEC, "feedback", "arguing")
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, {"feedback": "that I build more experience with SQL"})
    wait_for_no_field_advice(page, SPEC, "feedback")
