"""Tier 3: the withdrawal writer in Chromium: how much to say, and a change
they could make, checked beside the fields."""

from __future__ import annotations

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    field_advice, field_error, fill, fill_example, shown_letters, submit, wait_for_errors, wait_for_letter,
    wait_for_no_errors, wait_for_python,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("withdrawal")
PAGE = "/letters/withdrawal/"


def ready(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    wait_for_letter(page, SPEC, "commuting")
    return page


def test_no_reason_drops_the_reason_and_refuses_a_change_beside_the_field(visit):
    page = ready(visit)
    fill(page, SPEC, {"detail": "none"})
    submit(page, SPEC)
    assert wait_for_errors(page, SPEC)[0].startswith("Leave this empty, or choose to give a brief reason")
    assert field_error(page, SPEC, "would_change").startswith("Error: Leave this empty")
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, {"would_change": ""})
    wait_for_no_errors(page, SPEC)
    wait_for_python(page, SPEC)
    body = shown_letters(page, SPEC)[0]["body"]
    # No reason given: one plain sentence in its place (as the golden no-reason letters read).
    assert "commuting" not in body
    assert "After careful thought, I would like to withdraw my application. My reasons are personal," in body
    assert "do not owe them a reason" in field_advice(page, SPEC, "detail").inner_text()


def test_a_reason_they_cannot_fix_refuses_a_change(visit):
    page = ready(visit)
    fill(page, SPEC, {"reason": "other_offer"})
    submit(page, SPEC)
    wait_for_errors(page, SPEC)
    assert "another offer is not something they could change" in field_error(page, SPEC, "would_change")


def test_declining_a_second_interview_changes_the_subject(visit):
    page = ready(visit)
    fill(page, SPEC, {"request": "decline"})
    wait_for_letter(page, SPEC, "Declining the second interview: Data Analyst", part="subject", match="is")
    assert visit.errors == []
