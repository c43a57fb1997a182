"""Tier 3: the introduction for the connector, in Chromium against the built site."""

from __future__ import annotations

import pytest

import generators
from support.paths import ROOT  # noqa: F401  (puts the project on sys.path)
from support.browser import format_violations
from browser.writers import example_today, fill, shown_letters, wait_for_python

pytestmark = pytest.mark.browser

SPEC = generators.SPECS["introduction"]
PAGE = "/letters/introduction/"
P = "#ns-introduction-"


def fill_example(page, **changes):
    defaults = SPEC.defaults()
    values = {**example_today(SPEC), **changes}
    fill(page, SPEC, {k: v for k, v in values.items() if v and defaults.get(k) != v})
    wait_for_python(page, SPEC)


def test_introducing_someone_to_themselves_is_refused_with_a_clear_message(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, contact_name="Jordan Rivera")
    page.click(".ns-submit")
    summary = page.locator(".ns-error-summary")
    summary.wait_for(state="visible")
    message = "Enter a different name: the two people you introduce must be different"
    assert summary.locator("a").all_inner_texts() == [message]
    assert page.locator("[data-field='contact_name'] .ns-error-message").text_content() == "Error: " + message
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    page.fill(P + "contact_name", "Dana Lee")
    page.click(".ns-submit")
    page.wait_for_function("() => document.querySelector('.ns-error-summary').hidden")


def test_both_people_are_introduced_and_warm_changes_the_subject(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page)
    letter = shown_letters(page, SPEC)[0]
    assert letter["subject"] == "Introduction: Dana Lee and Jordan Rivera"
    assert letter["heading"] == "To Dana Lee and Jordan Rivera"
    paragraphs = letter["body"].split("\n\n")
    assert paragraphs[1].startswith("Dana, I would like to introduce you to Jordan Rivera")
    assert paragraphs[2].startswith("Jordan, please meet Dana Lee")
    page.check(P + "tone-warm")
    page.wait_for_function(
        "() => document.querySelector('.ns-letter__subject').textContent === 'Dana, meet Jordan Rivera'"
    )
    assert visit.errors == []
