"""Tier 3: asking for time to decide in Chromium. An offer date in the future
is an error beside its field that keeps the date typed; an answer date
already passed holds the letter as a draft that is not copied or sent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    control_id, fill, fill_example, field_error, in_writer, letter_action, sendable, submit,
    wait_for_copy_status, wait_for_errors, wait_for_field_advice, wait_for_letter, wait_for_no_errors, wait_for_python,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("offer-time-to-decide")
PAGE = "/letters/offer-time-to-decide/"


def ready(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    wait_for_letter(page, SPEC, "talk it over with my family")
    return page


def test_an_offer_date_in_the_future_is_an_error_beside_it_and_keeps_the_date(visit):
    page = ready(visit)
    ahead = (date.today() + timedelta(days=3)).isoformat()
    fill(page, SPEC, {"offer_date": ahead, "answer_by": (date.today() + timedelta(days=9)).isoformat()})
    submit(page, SPEC)
    assert wait_for_errors(page, SPEC) == ["The date they made the offer cannot be in the future. Enter the day they made it"]
    assert field_error(page, SPEC, "offer_date") == (
        "Error: The date they made the offer cannot be in the future. Enter the day they made it")
    assert page.input_value(control_id(SPEC, "offer_date")) == ahead
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, {"offer_date": date.today().isoformat()})
    wait_for_no_errors(page, SPEC)
    wait_for_letter(page, SPEC, "at Northwind Health today.")


def test_an_answer_date_already_passed_is_a_draft_that_is_not_copied_or_sent(visit):
    page = ready(visit)
    fill(page, SPEC, {
        "offer_date": (date.today() - timedelta(days=6)).isoformat(),
        "answer_by": (date.today() - timedelta(days=1)).isoformat(),
    })
    wait_for_python(page, SPEC)
    assert not sendable(page, SPEC)
    assert "Draft, held back" in page.locator(in_writer(SPEC, ".ns-letters__draft-note")).inner_text()
    assert "has already passed" in wait_for_field_advice(page, SPEC, "answer_by", "has already passed")
    page.evaluate("navigator.clipboard.writeText('untouched')")
    for action in ("copy-body", "email", "download-txt"):
        page.evaluate("(s) => { document.querySelector(s).textContent = ''; }", in_writer(SPEC, ".ns-copy-status"))
        letter_action(page, SPEC, action).click()
        wait_for_copy_status(page, SPEC, "Not copied")
    assert page.evaluate("navigator.clipboard.readText()") == "untouched"
    assert "has already passed" in " ".join(wait_for_errors(page, SPEC))
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    # A date still ahead makes it a letter to send again.
    fill(page, SPEC, {"answer_by": (date.today() + timedelta(days=1)).isoformat()})
    wait_for_python(page, SPEC)
    assert sendable(page, SPEC)
    assert visit.errors == []


def test_a_long_wait_is_a_warning_beside_the_date_and_the_letter_still_goes(visit):
    page = ready(visit)
    fill(page, SPEC, {
        "offer_date": date.today().isoformat(),
        "answer_by": (date.today() + timedelta(days=21)).isoformat(),
    })
    text = wait_for_field_advice(page, SPEC, "answer_by", "three weeks after the offer")
    assert "two weeks is about the most they give" in text
    wait_for_python(page, SPEC)
    assert sendable(page, SPEC)
