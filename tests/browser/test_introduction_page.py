"""Tier 3: the introduction for the connector, in Chromium against the built site."""

from __future__ import annotations

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    field_error, fill, fill_example, shown_letters, submit, wait_for_errors, wait_for_letter, wait_for_no_errors,
)

pytestmark = pytest.mark.browser

SPEC = generators.SPECS["introduction"]
PAGE = "/letters/introduction/"


def test_introducing_someone_to_themselves_is_refused_with_a_clear_message(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC, contact_name="Jordan Rivera")
    submit(page, SPEC)
    message = "Enter a different name: the two people you introduce must be different"
    assert wait_for_errors(page, SPEC) == [message]
    assert field_error(page, SPEC, "contact_name") == "Error: " + message
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, {"contact_name": "Dana Lee"})
    submit(page, SPEC)
    wait_for_no_errors(page, SPEC)


def test_both_people_are_introduced_and_warm_changes_the_subject(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    letter = shown_letters(page, SPEC)[0]
    assert letter["subject"] == "Introduction: Dana Lee and Jordan Rivera"
    assert letter["heading"] == "To Dana Lee and Jordan Rivera"
    paragraphs = letter["body"].split("\n\n")
    assert paragraphs[1].startswith("Dana, I would like to introduce you to Jordan Rivera")
    assert paragraphs[2].startswith("Jordan, please meet Dana Lee")
    fill(page, SPEC, {"tone": "warm"})
    wait_for_letter(page, SPEC, "Dana, meet Jordan Rivera", part="subject", match="is")
    assert visit.errors == []
