"""Tier 3: thanking a reference in Chromium. A note sent before the written
acceptance, or one that asks for something, is held as a draft and not
offered for copying, emailing or downloading; errors sit beside their field."""

from __future__ import annotations

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    clear_copy_status, control_id, copy, field_error, fill, fill_example, in_writer, letter_action, sendable,
    shown_letters, submit, wait_for_copy_status, wait_for_errors, wait_for_letter, wait_for_no_errors,
    wait_for_python,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("reference-thanks")
PAGE = "/letters/reference-thanks/"


def ready(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    wait_for_letter(page, SPEC, "took the hiring manager's call")
    return page


def test_not_yet_accepted_in_writing_is_a_draft_that_is_not_sent(visit):
    page = ready(visit)
    assert sendable(page, SPEC)
    fill(page, SPEC, {"accepted": "not_yet"})
    wait_for_python(page, SPEC)
    assert not sendable(page, SPEC)
    note = page.locator(in_writer(SPEC, ".ns-letters__draft-note")).inner_text()
    assert "held back" in note
    downloads = []

    def downloaded(download):
        downloads.append(download)

    page.on("download", downloaded)  # the page is shared: the listener goes again below
    try:
        for action in ("copy-body", "email", "download-txt"):
            clear_copy_status(page, SPEC)
            letter_action(page, SPEC, action).click()
            wait_for_copy_status(page, SPEC, "Not copied")
    finally:
        page.remove_listener("download", downloaded)
    assert downloads == []
    errors = wait_for_errors(page, SPEC)
    assert errors[0].startswith("You have not accepted the offer in writing yet")
    assert field_error(page, SPEC, "accepted").startswith("Error: You have not accepted the offer in writing yet")
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    # Once the acceptance has gone, the same note is ready to send.
    fill(page, SPEC, {"accepted": "yes"})
    wait_for_python(page, SPEC)
    assert sendable(page, SPEC)
    assert copy(page, SPEC, "copy-body") == shown_letters(page, SPEC)[0]["body"]


def test_a_request_is_held_beside_its_field_and_keeps_what_was_typed(visit):
    page = ready(visit)
    typed = "at j.rivera@northwind.example, and please keep me in mind if your team grows"
    fill(page, SPEC, {"stay_in_touch": typed})
    submit(page, SPEC)
    wait_for_errors(page, SPEC)
    assert field_error(page, SPEC, "stay_in_touch").startswith("Error: This asks them for something")
    assert page.input_value(control_id(SPEC, "stay_in_touch")) == typed
    assert typed in shown_letters(page, SPEC)[0]["body"]
    assert not sendable(page, SPEC)
    fill(page, SPEC, {"stay_in_touch": "at j.rivera@northwind.example once I start"})
    submit(page, SPEC)
    wait_for_no_errors(page, SPEC)
    wait_for_python(page, SPEC)
    assert sendable(page, SPEC)


def test_a_missing_answer_is_an_error_beside_it_and_the_rest_stays(visit):
    page = ready(visit)
    fill(page, SPEC, {"role": ""})
    submit(page, SPEC)
    assert wait_for_errors(page, SPEC) == ["Enter your new job title"]
    assert field_error(page, SPEC, "role") == "Error: Enter your new job title"
    assert page.input_value(control_id(SPEC, "organization")) == "Northwind Health"
    assert page.input_value(control_id(SPEC, "specific")).startswith("took the hiring manager's call")
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, {"role": "Data Analyst"})
    wait_for_no_errors(page, SPEC)
    assert visit.errors == []
