"""Tier 3: saying no to an offer in Chromium. A reason and "no reason" typed
together is an error beside the field that keeps the words; a date already
passed only warns, and the letter still goes, with an apology."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    control_id, field_error, fill, fill_example, sendable, shown_letters, submit, wait_for_errors,
    wait_for_field_advice, wait_for_letter, wait_for_no_errors, wait_for_python,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("offer-decline")
PAGE = "/letters/offer-decline/"


def ready(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    wait_for_letter(page, SPEC, "I have accepted a role with another employer.")
    return page


def test_own_words_beside_no_reason_is_an_error_that_keeps_them(visit):
    page = ready(visit)
    words = "I found the commute too long"
    fill(page, SPEC, {"reason": "none", "own_reason": words})
    submit(page, SPEC)
    assert wait_for_errors(page, SPEC) == ["You chose to give no reason. Clear this box, or choose a reason above"]
    assert field_error(page, SPEC, "own_reason") == (
        "Error: You chose to give no reason. Clear this box, or choose a reason above")
    assert page.input_value(control_id(SPEC, "own_reason")) == words
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, {"own_reason": ""})
    wait_for_no_errors(page, SPEC)
    wait_for_python(page, SPEC)
    body = shown_letters(page, SPEC)[0]["body"]
    assert "another employer" not in body and "commute" not in body
    assert "do not owe them a reason" in wait_for_field_advice(page, SPEC, "reason", "do not owe them a reason")


def test_a_date_already_passed_warns_and_the_letter_says_sorry(visit):
    page = ready(visit)
    fill(page, SPEC, {"called": "no", "answer_by": (date.today() - timedelta(days=2)).isoformat()})
    assert "Send this today anyway" in wait_for_field_advice(page, SPEC, "answer_by", "has passed")
    wait_for_letter(page, SPEC, "I am sorry that my answer comes after the date you asked for")
    wait_for_python(page, SPEC)
    assert sendable(page, SPEC)


def test_a_phone_offer_advises_calling_first_and_criticism_is_flagged(visit):
    page = ready(visit)
    fill(page, SPEC, {"called": "no", "own_reason": "Your team seemed disorganized"})
    assert "call them first" in wait_for_field_advice(page, SPEC, "offer_made", "voicemail")
    assert "not what was wrong with them" in wait_for_field_advice(page, SPEC, "own_reason", "criticism")
    wait_for_python(page, SPEC)
    # A warning: the reader may still choose to send it.
    assert sendable(page, SPEC)
    assert visit.errors == []
