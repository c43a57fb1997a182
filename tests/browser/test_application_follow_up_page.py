"""Tier 3: the application follow-up writer in Chromium: three outputs from
one form, and advice alone when the posting said no calls."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    described_by, error_summary, field_advice, field_keys, fill, letter_details, shown_letters, submit, typed_example,
    wait_for_field_advice, wait_for_letters, wait_for_python, wait_for_status, writer_advice,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("application-follow-up")
PAGE = "/letters/application-follow-up/"
EXAMPLE = typed_example(SPEC)


def test_one_form_shows_an_email_a_call_script_and_a_voicemail(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, EXAMPLE)
    wait_for_python(page, SPEC)
    wait_for_letters(page, SPEC, 3)
    (email, call, voicemail), details = shown_letters(page, SPEC), letter_details(page, SPEC)
    assert (email["heading"], email["layout"]) == ("Email", "email")
    assert details[0]["subject_shown"] and details[0]["body_label"] == "Letter" and details[0]["email_shown"]
    for script, detail in zip((call, voicemail), details[1:]):
        assert script["layout"] == "script" and detail["body_label"] == "What to say"
        assert not detail["subject_shown"] and not detail["email_shown"]
    assert [call["heading"], voicemail["heading"]] == ["Phone call", "Voicemail, if nobody answers"]
    assert visit.errors == []


def test_no_calls_shows_only_the_advice_and_nothing_to_send(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    # The question comes first, so the reader learns before typing anything else.
    assert field_keys(page, SPEC)[0] == "no_calls"
    fill(page, SPEC, {"no_calls": "yes"})
    wait_for_letters(page, SPEC, 0)
    advice = writer_advice(page, SPEC)
    assert advice.is_visible()
    assert advice.inner_text().count("Do not contact them at this stage.") == 1
    submit(page, SPEC)
    wait_for_status(page, SPEC, "There is nothing to send", "starts")
    assert error_summary(page, SPEC).is_hidden()
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    # Changing the answer brings the letters back.
    fill(page, SPEC, {"no_calls": "no"})
    fill(page, SPEC, {k: v for k, v in EXAMPLE.items() if k != "no_calls"})
    wait_for_letters(page, SPEC, 3)
    assert visit.errors == []


def test_before_the_closing_date_the_advice_sits_beside_it(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, {**EXAMPLE, "applied_date": date.today().isoformat(),
                      "deadline": (date.today() + timedelta(days=10)).isoformat()})
    assert wait_for_field_advice(page, SPEC, "deadline", "Not yet: the closing date", "starts")
    assert field_advice(page, SPEC, "deadline").is_visible()
    assert f"ns-{SPEC.id}-deadline-advice" in described_by(page, SPEC, "deadline")
    assert len(shown_letters(page, SPEC)) == 3  # ready to prepare ahead
