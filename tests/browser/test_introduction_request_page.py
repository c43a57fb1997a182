"""Tier 3: asking for an introduction, in Chromium against the built site.

The lines about you sit inside the email as a paragraph of their own, so the
reader copies one email and their contact copies one paragraph."""

from __future__ import annotations

import pytest

import generators
from support.paths import ROOT  # noqa: F401  (puts the project on sys.path)
from browser.writers import example_today, fill, shown_letters, wait_for_python
from generators.letters.introduction_request import blurb_of

pytestmark = pytest.mark.browser

SPEC = generators.SPECS["introduction-request"]
PAGE = "/letters/introduction-request/"
P = "#ns-introduction-request-"


def fill_example(page, **changes):
    defaults = SPEC.defaults()
    values = {**example_today(SPEC), **changes}
    fill(page, SPEC, {k: v for k, v in values.items() if v and defaults.get(k) != v})
    wait_for_python(page, SPEC)


def test_one_copy_takes_the_email_with_the_lines_to_paste_set_apart(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page)
    body = shown_letters(page, SPEC)[0]["body"]
    blurb = blurb_of(body)
    assert blurb.startswith("Jordan Rivera has worked as a Data Analyst")
    page.click("button[data-action='copy-body']")
    page.wait_for_function("() => document.querySelector('.ns-copy-status').textContent.includes('copied')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == body
    # Set apart by blank lines on both sides, after a lead-in ending in a colon.
    assert ":\n\n" + blurb + "\n\n" in copied
    assert visit.errors == []


def test_the_lines_to_paste_follow_the_goal_as_you_change_it(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page)
    page.check(P + "goal-change")
    page.wait_for_function(
        "() => document.querySelector('.ns-letter__body').textContent.includes('Jordan Rivera is a Data Analyst')"
    )
    body = shown_letters(page, SPEC)[0]["body"]
    assert "is now moving into data analysis, ideally at Northwind Health." in blurb_of(body)
    assert "new field" in page.locator(P + "achievement-advice").inner_text()


def test_first_person_in_the_achievement_is_flagged_beside_it(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page)
    advice = page.locator(P + "achievement-advice")
    assert advice.is_hidden()
    page.fill(P + "achievement", "cut our costs by a third")
    page.wait_for_function(f"() => !document.querySelector('{P}achievement-advice').hidden")
    assert "use your name" in advice.inner_text()
    assert P[1:] + "achievement-advice" in page.get_attribute(P + "achievement", "aria-describedby")
