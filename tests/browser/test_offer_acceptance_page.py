"""Tier 3: accepting an offer in Chromium. Pay too long for the form is an
error beside it that keeps every character typed; a start date already
passed holds the letter as a draft that is not copied or sent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    control_id, copy, fill, fill_example, field_error, in_writer, letter_action, sendable, submit,
    wait_for_copy_status, wait_for_errors, wait_for_field_advice, wait_for_letter, wait_for_no_errors, wait_for_python,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("offer-acceptance")
PAGE = "/letters/offer-acceptance/"


def ready(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    wait_for_letter(page, SPEC, "the pay is $62,000 a year")
    return page


def test_pay_too_long_is_an_error_beside_it_that_keeps_what_was_typed(visit):
    page = ready(visit)
    typed = "$62,000 a year, rising to $65,000 after a six-month review, plus a bonus of up to 5%"
    fill(page, SPEC, {"pay": typed})
    submit(page, SPEC)
    message = f"Pay, as they stated it must be 80 characters or fewer. You have {len(typed)}."
    assert wait_for_errors(page, SPEC) == [message]
    assert field_error(page, SPEC, "pay") == f"Error: {message}"
    assert page.input_value(control_id(SPEC, "pay")) == typed
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, {"pay": "£31,500"})
    wait_for_no_errors(page, SPEC)
    wait_for_letter(page, SPEC, "the pay is £31,500, and my start date is")


def test_a_start_date_already_passed_is_a_draft_that_is_not_copied_or_sent(visit):
    page = ready(visit)
    fill(page, SPEC, {"start_date": (date.today() - timedelta(days=2)).isoformat()})
    wait_for_python(page, SPEC)
    assert not sendable(page, SPEC)
    assert "Draft, held back" in page.locator(in_writer(SPEC, ".ns-letters__draft-note")).inner_text()
    wait_for_field_advice(page, SPEC, "start_date", "has already passed")
    page.evaluate("navigator.clipboard.writeText('untouched')")
    for action in ("copy-all", "email", "download-docx"):
        page.evaluate("(s) => { document.querySelector(s).textContent = ''; }", in_writer(SPEC, ".ns-copy-status"))
        letter_action(page, SPEC, action).click()
        wait_for_copy_status(page, SPEC, "Not copied")
    assert page.evaluate("navigator.clipboard.readText()") == "untouched"
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, {"start_date": (date.today() + timedelta(days=14)).isoformat()})
    wait_for_python(page, SPEC)
    assert sendable(page, SPEC)
    assert "Thank you for offering me the Data Analyst position" in copy(page, SPEC)
    assert visit.errors == []


def test_unticking_every_check_drops_the_conditions_from_the_letter(visit):
    page = ready(visit)
    wait_for_letter(page, SPEC, "subject to the reference checks and the background check")
    fill(page, SPEC, {"checks": []})
    wait_for_python(page, SPEC)
    body = page.locator(in_writer(SPEC, ".ns-letter__body")).first.text_content()
    assert "subject to" not in body and "depends on" not in body
    wait_for_field_advice(page, SPEC, "checks", "tick those checks")
