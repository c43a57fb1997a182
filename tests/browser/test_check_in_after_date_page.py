"""Tier 3: the check-in writer in Chromium: the call they asked for adds a
phone script, and timing advice sits beside the date it is about."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from browser.writers import (
    field_error, fill, fill_example, shown_letters, submit, wait_for_errors, wait_for_field_advice, wait_for_letters,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("check-in-after-date")
PAGE = "/letters/check-in-after-date/"


def ready(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    return page


def test_asked_to_call_adds_a_phone_script_and_back_again(visit):
    page = ready(visit)
    wait_for_letters(page, SPEC, 1)
    fill(page, SPEC, {"promise": "call"})
    wait_for_letters(page, SPEC, 2)
    email, script = shown_letters(page, SPEC)
    assert script["layout"] == "script"
    assert "If you reach voicemail:" in script["body"]
    assert email["heading"] == "Email to Dana Lee"
    fill(page, SPEC, {"promise": "decide"})
    wait_for_letters(page, SPEC, 1)
    assert visit.errors == []


def test_a_date_still_to_come_gets_advice_on_when_to_send(visit):
    page = ready(visit)
    fill(page, SPEC, {"their_date": (date.today() + timedelta(days=3)).isoformat()})
    advice = wait_for_field_advice(page, SPEC, "their_date", "Not yet", "starts")
    assert "takes longer than planned" in advice


def test_a_date_before_the_interview_is_an_error_beside_the_field(visit):
    page = ready(visit)
    fill(page, SPEC, {"their_date": "2026-03-01"})
    submit(page, SPEC)
    assert wait_for_errors(page, SPEC)[0] == "The date they gave must be after the interview date"
    assert field_error(page, SPEC, "their_date") == "Error: The date they gave must be after the interview date"
