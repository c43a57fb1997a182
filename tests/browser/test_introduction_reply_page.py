"""Tier 3: your reply once introduced, in Chromium against the built site."""

from __future__ import annotations

from datetime import timedelta

import pytest

import generators
from browser.writers import (
    control_id, field_advice, field_error, fill, fill_example, letter_details, shown_letters, submit,
    wait_for_errors, wait_for_no_errors, writer_advice,
)

pytestmark = pytest.mark.browser

SPEC = generators.SPECS["introduction-reply"]
PAGE = "/letters/introduction-reply/"


def test_a_reply_on_the_thread_shows_no_subject_and_names_the_bcc(fresh_visit):
    fresh_visit.page.clock.set_fixed_time(f"{SPEC.example_today.isoformat()}T10:00:00")
    page = fresh_visit.open(PAGE)
    fresh_visit.wait_ready()
    fill_example(page, SPEC, today=SPEC.example_today)
    letter = shown_letters(page, SPEC)[0]
    assert letter["subject"] == ""
    assert letter["heading"] == "To Dana Lee (Bcc: Maria Chen)"
    assert not letter_details(page, SPEC)[0]["subject_shown"]
    assert letter["body"].startswith("Dear Dana Lee,\n\nThank you, Maria, for the introduction. I am moving you to Bcc")
    # The day after the introduction: the last day of the window for a reply.
    assert field_advice(page, SPEC, "introduced_on").inner_text().startswith("Send it today")
    general = writer_advice(page, SPEC).inner_text()
    assert "move Maria Chen out of the To or Cc line and into Bcc" in general
    assert "by March 12, 2026" in general
    assert fresh_visit.errors == []


def test_a_late_reply_is_flagged_with_the_days_since(fresh_visit):
    # The example as written (introduced the day before its day), read five days later.
    fresh_visit.page.clock.set_fixed_time(f"{(SPEC.example_today + timedelta(days=5)).isoformat()}T10:00:00")
    page = fresh_visit.open(PAGE)
    fresh_visit.wait_ready()
    fill_example(page, SPEC, today=SPEC.example_today)
    assert "6 days since the introduction" in field_advice(page, SPEC, "introduced_on").inner_text()


def test_a_phone_number_that_is_not_one_is_refused_then_accepted(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC, phone="call me")
    submit(page, SPEC)
    wait_for_errors(page, SPEC)
    assert field_error(page, SPEC, "phone") == "Error: Enter a phone number with its digits, for example 555-201-7788"
    assert page.get_attribute(control_id(SPEC, "phone"), "aria-invalid") == "true"
    fill(page, SPEC, {"phone": "+1 312 555 0178"})
    submit(page, SPEC)
    wait_for_no_errors(page, SPEC)
    assert "+1 312 555 0178" in shown_letters(page, SPEC)[0]["body"]
