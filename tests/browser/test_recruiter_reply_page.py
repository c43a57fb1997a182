"""Tier 3: the recruiter reply writer in Chromium: the choices change the
reply as the reader makes them."""

from __future__ import annotations

import pytest

import generators
from browser.writers import control_id, fill, typed_example, wait_for_python

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("recruiter-reply")
PAGE = "/letters/recruiter-reply/"
EXAMPLE = typed_example(SPEC)


def test_choices_change_the_reply_live(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, EXAMPLE)
    wait_for_python(page, SPEC)
    body = page.locator(".ns-letter__body").first
    subject = page.locator(".ns-letter__subject").first
    page.wait_for_function("() => document.querySelector('.ns-letter__subject').textContent.endsWith('I would like to hear more')")
    page.check(control_id(SPEC, "answer-interview"))
    page.wait_for_function("() => document.querySelector('.ns-letter__subject').textContent.endsWith('first interview')")
    assert "I would be glad to take a first interview" in body.text_content()
    page.check(control_id(SPEC, "contact_kind-contact"))
    page.wait_for_function("() => document.querySelector('.ns-letter__body').textContent.includes('let the hiring manager know')")
    page.check(control_id(SPEC, "situation-looking"))
    page.wait_for_function("() => document.querySelector('.ns-letter__body').textContent.includes('looking for my next position')")
    assert "outside work hours" not in page.locator(".ns-advice").inner_text()
    assert subject.text_content() == "Senior Data Analyst role at Northwind Health: first interview"
    assert visit.errors == []


def test_happy_in_your_job_shows_advice_about_your_employer(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, EXAMPLE)
    wait_for_python(page, SPEC)
    advice = page.locator(".ns-advice")
    advice.wait_for(state="visible")
    assert "outside work hours" in advice.inner_text() and "personal email" in advice.inner_text()
    page.fill(control_id(SPEC, "times"), "")
    page.wait_for_function("() => !document.querySelector(\"[data-field='times'] .ns-field-advice\").hidden")
    assert "two or three times" in page.locator("[data-field='times'] .ns-field-advice").inner_text()
