"""Tier 3: your reply once introduced, in Chromium against the built site."""

from __future__ import annotations

import pytest

import generators
from support.paths import ROOT  # noqa: F401  (puts the project on sys.path)
from browser.writers import example_today, fill, shown_letters, wait_for_python

pytestmark = pytest.mark.browser

SPEC = generators.SPECS["introduction-reply"]
PAGE = "/letters/introduction-reply/"
P = "#ns-introduction-reply-"


def fill_example(page, **changes):
    defaults = SPEC.defaults()
    values = {**example_today(SPEC), **changes}
    fill(page, SPEC, {k: v for k, v in values.items() if v and defaults.get(k) != v})
    wait_for_python(page, SPEC)


def test_a_reply_on_the_thread_shows_no_subject_and_names_the_bcc(fresh_visit):
    fresh_visit.page.clock.set_fixed_time("2026-03-05T10:00:00")
    page = fresh_visit.open(PAGE)
    fresh_visit.wait_ready()
    fill_example(page)
    letter = shown_letters(page, SPEC)[0]
    assert letter["subject"] == ""
    assert letter["heading"] == "To Dana Lee (Bcc: Maria Chen)"
    assert page.locator(".ns-letter__part--subject").first.is_hidden()
    assert letter["body"].startswith("Dear Dana Lee,\n\nThank you, Maria, for the introduction. I am moving you to Bcc")
    assert "Good timing" in page.locator(P + "introduced_on-advice").inner_text()
    general = page.locator(".ns-advice").inner_text()
    assert "move Maria Chen out of the To or Cc line and into Bcc" in general
    assert "by March 12, 2026" in general
    assert fresh_visit.errors == []


def test_a_late_reply_is_flagged_with_the_days_since(fresh_visit):
    fresh_visit.page.clock.set_fixed_time("2026-03-10T10:00:00")
    page = fresh_visit.open(PAGE)
    fresh_visit.wait_ready()
    fill_example(page)
    advice = page.locator(P + "introduced_on-advice")
    assert "6 days since the introduction" in advice.inner_text()


def test_a_phone_number_that_is_not_one_is_refused_then_accepted(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, phone="call me")
    page.click(".ns-submit")
    page.locator(".ns-error-summary").wait_for(state="visible")
    error = page.locator("[data-field='phone'] .ns-error-message")
    assert error.text_content() == "Error: Enter your phone number in digits, for example (555) 010-0142"
    assert page.get_attribute(P + "phone", "aria-invalid") == "true"
    page.fill(P + "phone", "+1 312 555 0178")
    page.click(".ns-submit")
    page.wait_for_function("() => document.querySelector('.ns-error-summary').hidden")
    assert "+1 312 555 0178" in shown_letters(page, SPEC)[0]["body"]
