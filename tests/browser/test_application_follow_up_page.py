"""Tier 3: the application follow-up writer in Chromium: three outputs from
one form, and advice alone when the posting said no calls."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from support.browser import format_violations
from browser.writers import control_id, fill, typed_example, wait_for_python

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("application-follow-up")
PAGE = "/letters/application-follow-up/"
EXAMPLE = typed_example(SPEC)


def articles(page):
    return page.evaluate("""() => [...document.querySelectorAll('.ns-letter')].map(a => ({
        heading: a.querySelector('.ns-letter__heading').textContent,
        subjectShown: !a.querySelector('.ns-letter__part--subject').hidden,
        label: a.querySelector('.ns-letter__body-label').textContent,
        emailLinkShown: !a.querySelector("[data-action='email']").hidden,
        layout: a.dataset.layout,
    }))""")


def test_one_form_shows_an_email_a_call_script_and_a_voicemail(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, EXAMPLE)
    wait_for_python(page, SPEC)
    page.wait_for_function("() => document.querySelectorAll('.ns-letter').length === 3")
    email, call, voicemail = articles(page)
    assert email == {"heading": "Email", "subjectShown": True, "label": "Letter", "emailLinkShown": True, "layout": "email"}
    for script in (call, voicemail):
        assert script["layout"] == "script" and script["label"] == "What to say"
        assert not script["subjectShown"] and not script["emailLinkShown"]
    assert [call["heading"], voicemail["heading"]] == ["Phone call", "Voicemail, if nobody answers"]
    assert visit.errors == []


def test_no_calls_shows_only_the_advice_and_nothing_to_send(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    # The question comes first, so the reader learns before typing anything else.
    first = page.locator(f".ns-writer[data-writer='{SPEC.id}'] .ns-form [data-field]").first
    assert first.get_attribute("data-field") == "no_calls"
    page.check(control_id(SPEC, "no_calls-yes"))
    page.wait_for_function("() => document.querySelector('.ns-letters').dataset.draft !== undefined"
                           " && document.querySelectorAll('.ns-letter').length === 0")
    advice = page.locator(".ns-advice")
    assert advice.is_visible()
    assert advice.inner_text().count("Do not contact them at this stage.") == 1
    page.click(".ns-submit")
    page.wait_for_function("() => document.querySelector('.ns-status').textContent.startsWith('There is nothing to send')")
    assert page.locator(".ns-error-summary").is_hidden()
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    # Changing the answer brings the letters back.
    page.check(control_id(SPEC, "no_calls-no"))
    fill(page, SPEC, {k: v for k, v in EXAMPLE.items() if k != "no_calls"})
    page.wait_for_function("() => document.querySelectorAll('.ns-letter').length === 3")
    assert visit.errors == []


def test_before_the_closing_date_the_advice_sits_beside_it(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, {**EXAMPLE, "applied_date": date.today().isoformat(),
                      "deadline": (date.today() + timedelta(days=10)).isoformat()})
    note = page.locator("[data-field='deadline'] .ns-field-advice")
    note.wait_for(state="visible")
    assert note.inner_text().startswith("Not yet: the closing date")
    describedby = page.get_attribute(control_id(SPEC, "deadline"), "aria-describedby") or ""
    assert f"ns-{SPEC.id}-deadline-advice" in describedby.split()
    assert page.locator(".ns-letter").count() == 3  # ready to prepare ahead
