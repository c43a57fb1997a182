"""Tier 3: asking for an introduction, in Chromium against the built site.

The lines about you sit inside the email as a paragraph of their own, so the
reader copies one email and their contact copies one paragraph."""

from __future__ import annotations

import pytest

import generators
from browser.writers import (
    copy, described_by, field_advice, fill, fill_example, shown_letters, wait_for_field_advice, wait_for_letter,
)
from generators.letters.introduction_request import blurb_of

pytestmark = pytest.mark.browser

SPEC = generators.SPECS["introduction-request"]
PAGE = "/letters/introduction-request/"


def test_one_copy_takes_the_email_with_the_lines_to_paste_set_apart(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    body = shown_letters(page, SPEC)[0]["body"]
    blurb = blurb_of(body)
    assert blurb.startswith("Jordan Rivera has worked as a Data Analyst")
    copied = copy(page, SPEC, "copy-body")
    assert copied == body
    # Set apart by blank lines on both sides, after a lead-in ending in a colon.
    assert ":\n\n" + blurb + "\n\n" in copied
    assert visit.errors == []


def test_the_lines_to_paste_follow_the_goal_as_you_change_it(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    fill(page, SPEC, {"goal": "change"})
    wait_for_letter(page, SPEC, "Jordan Rivera is a Data Analyst")
    body = shown_letters(page, SPEC)[0]["body"]
    assert "is now moving into data analysis, ideally at Northwind Health." in blurb_of(body)
    assert "new field" in field_advice(page, SPEC, "achievement").inner_text()


def test_first_person_in_the_achievement_is_flagged_beside_it(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    advice = field_advice(page, SPEC, "achievement")
    assert advice.is_hidden()
    fill(page, SPEC, {"achievement": "cut our costs by a third"})
    assert "use your name" in wait_for_field_advice(page, SPEC, "achievement")
    assert advice.get_attribute("id") in described_by(page, SPEC, "achievement")
