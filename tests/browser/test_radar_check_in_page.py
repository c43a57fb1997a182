"""Tier 3: the check-in in Chromium: too soon is flagged beside the date, and
if they asked you to stop, the page shows advice and no letter."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from support.browser import format_violations
from browser.writers import field_advice, fill, shown_letters, wait_for_field_advice, wait_for_letters, wait_for_python

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("radar-check-in")
PAGE = "/letters/radar-check-in/"
TODAY = date(2026, 4, 28)


def open_page(module_visit):
    """The page's clock is fixed, so the day cannot turn over mid-test."""
    module_visit.page.clock.set_fixed_time(f"{TODAY.isoformat()}T10:00:00")
    page = module_visit.open(PAGE)
    module_visit.wait_ready()
    return page


def answers(last_contact: date) -> dict:
    return {
        "your_name": "Ana Souza",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "contact_name": "Dana Lee",
        "interview_date": "2026-02-20",
        "last_contact_date": last_contact.isoformat(),
        "news": "finished a course in SQL",
    }


def test_too_soon_is_flagged_and_a_month_is_fine(module_visit):
    page = open_page(module_visit)
    today = TODAY
    fill(page, SPEC, answers(today - timedelta(days=10)))
    wait_for_field_advice(page, SPEC, "last_contact_date", "You last wrote 10 days ago")
    fill(page, SPEC, {"last_contact_date": (today - timedelta(days=35)).isoformat()})
    wait_for_field_advice(page, SPEC, "last_contact_date", "Good timing", "starts")
    wait_for_python(page, SPEC)
    assert "Since we spoke, I have finished a course in SQL." in shown_letters(page, SPEC)[0]["body"]


def test_asked_to_stop_shows_advice_and_no_letter_then_back(module_visit):
    page = open_page(module_visit)
    fill(page, SPEC, answers(TODAY - timedelta(days=35)))
    wait_for_python(page, SPEC)
    assert len(shown_letters(page, SPEC)) == 1
    fill(page, SPEC, {"asked_to_stop": "yes"})
    wait_for_letters(page, SPEC, 0)
    advice = field_advice(page, SPEC, "asked_to_stop")
    advice.wait_for(state="visible")
    assert "do not send a check-in" in advice.inner_text()
    violations = module_visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, {"asked_to_stop": "no"})
    wait_for_letters(page, SPEC, 1)
    assert module_visit.errors == []
