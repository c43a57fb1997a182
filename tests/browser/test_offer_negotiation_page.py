"""Tier 3: negotiating an offer in Chromium. A reason that does not fit the
ask is an error beside it that keeps the choice; an ultimatum or several asks
hold the letter as a draft that is not copied, emailed or downloaded."""

from __future__ import annotations

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    clear_copy_status, control_id, field_error, fill, fill_example, in_writer, letter_action, sendable, submit,
    wait_for_copy_status, wait_for_errors, wait_for_field_advice, wait_for_letter, wait_for_no_errors, wait_for_python,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("offer-negotiation")
PAGE = "/letters/offer-negotiation/"
ULTIMATUM = "Similar roles pay $56,000, and unless you can match it, I will have to decline"


def ready(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    wait_for_letter(page, SPEC, "Would you be able to offer $54,000 a year?")
    return page


def assert_held_and_not_sent(page, field: str, expected: str) -> None:
    wait_for_python(page, SPEC)
    assert not sendable(page, SPEC)
    assert "Draft, held back" in page.locator(in_writer(SPEC, ".ns-letters__draft-note")).inner_text()
    assert expected in wait_for_field_advice(page, SPEC, field, expected)
    page.evaluate("navigator.clipboard.writeText('untouched')")
    for action in ("copy-body", "copy-all", "email", "download-txt"):
        clear_copy_status(page, SPEC)
        letter_action(page, SPEC, action).click()
        wait_for_copy_status(page, SPEC, "Not copied")
    assert page.evaluate("navigator.clipboard.readText()") == "untouched"
    assert page.url.endswith(PAGE)  # the email link did not open
    assert any(expected in text for text in wait_for_errors(page, SPEC))


def test_a_reason_that_does_not_fit_is_an_error_beside_it_and_keeps_the_choice(visit):
    page = ready(visit)
    fill(page, SPEC, {"own_reason": "", "reason": "notice"})
    submit(page, SPEC)
    message = "“The notice you owe your current employer” does not explain an ask about pay. Choose a reason that does, or write your own"
    assert wait_for_errors(page, SPEC) == [message]
    assert field_error(page, SPEC, "reason") == f"Error: {message}"
    assert page.is_checked(control_id(SPEC, "reason-notice"))
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, {"reason": "market"})
    wait_for_no_errors(page, SPEC)
    wait_for_letter(page, SPEC, "the offer sits below that range")


def test_an_ultimatum_holds_the_letter_until_it_is_reworded(visit):
    page = ready(visit)
    fill(page, SPEC, {"own_reason": ULTIMATUM})
    wait_for_letter(page, SPEC, "unless you can match it")
    assert_held_and_not_sent(page, "own_reason", "This reads as an ultimatum")
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, {"own_reason": "Similar roles in this city pay $52,000 to $56,000"})
    wait_for_letter(page, SPEC, "Similar roles in this city pay $52,000 to $56,000.")
    wait_for_python(page, SPEC)
    assert sendable(page, SPEC)
    assert visit.errors == []


def test_several_asks_hold_the_letter(visit):
    page = ready(visit)
    fill(page, SPEC, {"ask_kind": ["pay", "start_date"], "ask": "$54,000 a year and a start date of July 6"})
    wait_for_letter(page, SPEC, "a question about the terms", part="subject")
    assert_held_and_not_sent(page, "ask_kind", "One clear ask is easier to say yes to")
    fill(page, SPEC, {"ask_kind": ["pay"], "ask": "$54,000 a year"})
    wait_for_letter(page, SPEC, "Data Analyst offer: a question about pay", part="subject", match="is")
    wait_for_python(page, SPEC)
    assert sendable(page, SPEC)


def test_no_reason_and_no_written_offer_only_warn(visit):
    page = ready(visit)
    fill(page, SPEC, {"own_reason": "", "in_writing": "no"})
    assert "no reason" in wait_for_field_advice(page, SPEC, "reason", "no reason")
    assert "not in writing" in wait_for_field_advice(page, SPEC, "in_writing", "not in writing")
    wait_for_letter(page, SPEC, "Could you also send me the full offer in writing")
    wait_for_python(page, SPEC)
    assert sendable(page, SPEC)
