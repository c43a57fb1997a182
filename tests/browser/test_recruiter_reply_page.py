"""Tier 3: the recruiter reply writer in Chromium: the choices change the
reply as the reader makes them."""

from __future__ import annotations

import pytest

import generators
from browser.writers import (
    field_advice, fill, fill_example, shown_letters, wait_for_field_advice, wait_for_letter, writer_advice,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("recruiter-reply")
PAGE = "/letters/recruiter-reply/"


def test_choices_change_the_reply_live(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    wait_for_letter(page, SPEC, "I would like to hear more", part="subject", match="ends")
    fill(page, SPEC, {"answer": "interview"})
    wait_for_letter(page, SPEC, "first interview", part="subject", match="ends")
    assert "I would be glad to take a first interview" in shown_letters(page, SPEC)[0]["body"]
    fill(page, SPEC, {"contact_kind": "contact"})
    wait_for_letter(page, SPEC, "let the hiring manager know")
    fill(page, SPEC, {"situation": "looking"})
    wait_for_letter(page, SPEC, "looking for my next position")
    assert "outside work hours" not in writer_advice(page, SPEC).inner_text()
    assert shown_letters(page, SPEC)[0]["subject"] == "Senior Data Analyst role at Northwind Health: first interview"
    assert visit.errors == []


def test_happy_in_your_job_shows_advice_about_your_employer(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    advice = writer_advice(page, SPEC)
    advice.wait_for(state="visible")
    assert "outside work hours" in advice.inner_text() and "personal email" in advice.inner_text()
    fill(page, SPEC, {"times": ""})
    assert "two or three times" in wait_for_field_advice(page, SPEC, "times")
    assert field_advice(page, SPEC, "times").is_visible()
