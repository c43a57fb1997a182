"""Tier 3: asking about a stretch project, in Chromium against the built site."""

from __future__ import annotations

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    field_advice, fill, fill_example, shown_letters, wait_for_field_advice, wait_for_no_field_advice,
)

pytestmark = pytest.mark.browser

SPEC = generators.SPECS["stretch-project-request"]
PAGE = "/letters/stretch-project-request/"


def test_too_soon_to_ask_is_a_warning_and_an_offer_turns_it_into_a_yes(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC, tenure="under_6")
    assert "wait at least six months" in field_advice(page, SPEC, "tenure").inner_text()
    # The letter is still written: the reader decides.
    assert shown_letters(page, SPEC)[0]["body"].startswith("Dear Sam,\n\nI would like to ask about taking on a stretch project")
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)

    fill(page, SPEC, {"origin": "offered"})
    wait_for_no_field_advice(page, SPEC, "tenure")
    assert field_advice(page, SPEC, "origin").inner_text().startswith("Take it.")
    letter = shown_letters(page, SPEC)[0]
    assert letter["subject"] == "Yes to the move of our weekly reports to the new dashboard"
    assert letter["body"].startswith("Dear Sam,\n\nThank you for offering me the chance to work on")
    assert "goals and the timeline" in letter["body"]
    assert visit.errors == []


def test_a_course_without_a_cost_asks_what_it_would_take(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC, kind="skill", cost="")
    fill(page, SPEC, {"cost": ""})
    assert "what it would take" in wait_for_field_advice(page, SPEC, "cost")
    assert "learning a new skill" in shown_letters(page, SPEC)[0]["body"]
