"""Tier 3: asking about a stretch project, in Chromium against the built site."""

from __future__ import annotations

import pytest

import generators
from support.paths import ROOT  # noqa: F401  (puts the project on sys.path)
from support.browser import format_violations
from browser.writers import example_today, fill, shown_letters, wait_for_python

pytestmark = pytest.mark.browser

SPEC = generators.SPECS["stretch-project-request"]
PAGE = "/letters/stretch-project-request/"
P = "#ns-stretch-project-request-"


def fill_example(page, **changes):
    defaults = SPEC.defaults()
    values = {**example_today(SPEC), **changes}
    fill(page, SPEC, {k: v for k, v in values.items() if v and defaults.get(k) != v})
    wait_for_python(page, SPEC)


def test_too_soon_to_ask_is_a_warning_and_an_offer_turns_it_into_a_yes(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, tenure="under_6")
    tenure_advice = page.locator(P + "tenure-advice")
    assert "wait at least six months" in tenure_advice.inner_text()
    # The letter is still written: the reader decides.
    assert shown_letters(page, SPEC)[0]["body"].startswith("Dear Sam,\n\nI would like to ask about taking on a stretch project")
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)

    page.check(P + "origin-offered")
    page.wait_for_function(f"() => document.querySelector('{P}tenure-advice').hidden")
    assert page.locator(P + "origin-advice").inner_text().startswith("Take it.")
    letter = shown_letters(page, SPEC)[0]
    assert letter["subject"] == "Yes to the move of our weekly reports to the new dashboard"
    assert letter["body"].startswith("Dear Sam,\n\nThank you for offering me the chance to work on")
    assert "goals and the timeline" in letter["body"]
    assert visit.errors == []


def test_a_course_without_a_cost_asks_what_it_would_take(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, kind="skill", cost="")
    page.fill(P + "cost", "")
    page.wait_for_function(f"() => !document.querySelector('{P}cost-advice').hidden")
    assert "what it would take" in page.locator(P + "cost-advice").inner_text()
    assert "learning a new skill" in shown_letters(page, SPEC)[0]["body"]
