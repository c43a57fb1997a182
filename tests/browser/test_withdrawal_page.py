"""Tier 3: the withdrawal writer in Chromium: how much to say, and a change
they could make, checked beside the fields."""

from __future__ import annotations

import pytest

import generators
from support.browser import format_violations
from browser.writers import control_id, fill, typed_example, wait_for_python

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("withdrawal")
PAGE = "/letters/withdrawal/"
EXAMPLE = typed_example(SPEC)


def ready(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, EXAMPLE)
    wait_for_python(page, SPEC)
    page.wait_for_function("() => document.querySelector('.ns-letter__body').textContent.includes('commuting')")
    return page


def test_no_reason_drops_the_reason_and_refuses_a_change_beside_the_field(visit):
    page = ready(visit)
    page.check(control_id(SPEC, "detail-none"))
    page.click(".ns-submit")
    summary = page.locator(".ns-error-summary")
    summary.wait_for(state="visible")
    assert summary.locator("a").first.inner_text().startswith("Leave this empty, or choose to give a brief reason")
    message = page.locator("[data-field='would_change'] .ns-error-message")
    assert message.text_content().startswith("Error: Leave this empty")
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    page.fill(control_id(SPEC, "would_change"), "")
    page.wait_for_function("() => document.querySelector('.ns-error-summary').hidden")
    body = page.locator(".ns-letter__body").first.text_content()
    assert "commuting" not in body and "After careful thought, I would like to withdraw my application.\n\n" in body
    assert "do not owe them a reason" in page.locator("[data-field='detail'] .ns-field-advice").inner_text()


def test_a_reason_they_cannot_fix_refuses_a_change(visit):
    page = ready(visit)
    page.check(control_id(SPEC, "reason-other_offer"))
    page.click(".ns-submit")
    page.locator(".ns-error-summary").wait_for(state="visible")
    assert "another offer is not something they could change" in \
        page.locator("[data-field='would_change'] .ns-error-message").text_content()


def test_declining_a_second_interview_changes_the_subject(visit):
    page = ready(visit)
    page.check(control_id(SPEC, "request-decline"))
    page.wait_for_function(
        "() => document.querySelector('.ns-letter__subject').textContent === 'Declining the second interview: Data Analyst'")
    assert visit.errors == []
