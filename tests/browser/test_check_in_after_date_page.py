"""Tier 3: the check-in writer in Chromium: the call they asked for adds a
phone script, and timing advice sits beside the date it is about."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from browser.writers import control_id, fill, typed_example, wait_for_python

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("check-in-after-date")
PAGE = "/letters/check-in-after-date/"
EXAMPLE = typed_example(SPEC)


def ready(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, EXAMPLE)
    wait_for_python(page, SPEC)
    return page


def test_asked_to_call_adds_a_phone_script_and_back_again(visit):
    page = ready(visit)
    page.wait_for_function("() => document.querySelectorAll('.ns-letter').length === 1")
    page.check(control_id(SPEC, "promise-call"))
    page.wait_for_function("() => document.querySelectorAll('.ns-letter').length === 2")
    script = page.locator(".ns-letter").nth(1)
    assert script.get_attribute("data-layout") == "script"
    assert "If you reach voicemail:" in script.locator(".ns-letter__body").text_content()
    assert page.locator(".ns-letter__heading").first.text_content() == "Email to Dana Lee"
    page.check(control_id(SPEC, "promise-decide"))
    page.wait_for_function("() => document.querySelectorAll('.ns-letter').length === 1")
    assert visit.errors == []


def test_a_date_still_to_come_gets_advice_on_when_to_send(visit):
    page = ready(visit)
    page.fill(control_id(SPEC, "their_date"), (date.today() + timedelta(days=3)).isoformat())
    note = page.locator("[data-field='their_date'] .ns-field-advice")
    page.wait_for_function("() => document.querySelector(\"[data-field='their_date'] .ns-field-advice\").textContent.startsWith('Not yet')")
    assert "takes longer than planned" in note.inner_text()


def test_a_date_before_the_interview_is_an_error_beside_the_field(visit):
    page = ready(visit)
    page.fill(control_id(SPEC, "their_date"), "2026-03-01")
    page.click(".ns-submit")
    page.locator(".ns-error-summary").wait_for(state="visible")
    assert page.locator(".ns-error-summary a").first.inner_text() == "The date they gave must be after the interview date"
    assert page.locator("[data-field='their_date'] .ns-error-message").text_content() == \
        "Error: The date they gave must be after the interview date"
