"""Tier 3: the thank-you letter writer in Chromium, against the built site."""

from __future__ import annotations

import pytest

from support.paths import ROOT  # noqa: F401  (puts the project on sys.path)
from support.browser import format_violations

pytestmark = pytest.mark.browser

PAGE = "/letters/interview-thank-you/"
P = "#ns-interview-thank-you-"
XSS = "<img src=x onerror=\"window.__pwned=1\">"


def fill_required(page, name="Ana Souza"):
    page.fill(P + "your_name", name)
    page.fill(P + "organization", "Northwind Health")
    page.fill(P + "role", "Data Analyst")
    page.fill(P + "interview_date", "2026-03-12")
    page.check(P + "interview_kind-video")
    page.fill(P + "interviewers-1-name", "Dana Lee")
    page.fill(P + "interviewers-1-topic", "the shared dashboard")


def wait_for_letter(page, text):
    """Wait until Python (not the build-time sample) has written a letter holding text."""
    page.wait_for_function(
        "(text) => document.querySelector('.ns-letters').dataset.draft !== undefined"
        " && document.querySelector('.ns-letter__body').textContent.includes(text)",
        arg=text,
    )


def test_form_and_sample_show_before_python_is_ready(fresh_visit):
    held = []
    fresh_visit.context.route("**/pyodide/pyodide.mjs", lambda route: held.append(route))
    page = fresh_visit.open(PAGE)
    assert page.locator(".ns-writer[data-writer='interview-thank-you']").count() == 1
    assert page.locator(".ns-status").get_attribute("data-state") == "loading"
    assert "Loading" in page.locator(".ns-status").inner_text() or "loading" in page.locator(".ns-status").inner_text()
    assert "Dear Dana Lee," in page.locator(".ns-letter__body").first.inner_text()
    page.fill(P + "your_name", "Typed before ready")
    assert page.input_value(P + "your_name") == "Typed before ready"
    for route in held:
        route.continue_()
    fresh_visit.context.unroute("**/pyodide/pyodide.mjs")


def test_typing_updates_the_letter_live(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    assert page.locator(".ns-status").get_attribute("role") == "status"
    fill_required(page, name="Zoë Quiñones")
    body = page.locator(".ns-letter__body").first
    wait_for_letter(page, "Zoë Quiñones")
    assert "the shared dashboard" in body.inner_text()
    page.check(P + "tone-warm")
    page.wait_for_function("() => document.querySelector('.ns-letter__body').textContent.startsWith('Hi Dana,')")
    assert visit.errors == []


def test_copy_buttons_put_subject_and_letter_on_the_clipboard(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_required(page)
    wait_for_letter(page, "Ana Souza")
    page.click("button[data-action='copy-subject']")
    page.wait_for_function("() => document.querySelector('.ns-copy-status').textContent.includes('copied')")
    assert page.evaluate("navigator.clipboard.readText()") == "Thank you: Data Analyst interview on March 12"
    page.click("button[data-action='copy-body']")
    body = page.locator(".ns-letter__body").first.text_content()
    page.wait_for_function("() => document.querySelector('.ns-copy-status').textContent.startsWith('Text copied')")
    assert page.evaluate("navigator.clipboard.readText()") == body
    assert body.startswith("Dear Dana Lee,\n\nThank you for meeting with me by video")


def test_empty_form_shows_the_error_summary_gov_uk_style(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    page.click(".ns-submit")
    summary = page.locator(".ns-error-summary")
    summary.wait_for(state="visible")
    assert page.evaluate("document.activeElement.classList.contains('ns-error-summary')")
    assert page.title().startswith("Error: ")
    links = summary.locator("a")
    assert links.first.inner_text() == "Enter your name"
    assert page.locator("[data-field='your_name'] .ns-error-message").text_content() == "Error: Enter your name"
    assert page.get_attribute(P + "your_name", "aria-invalid") == "true"
    links.first.click()
    assert page.evaluate("document.activeElement.id") == "ns-interview-thank-you-your_name"
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    # Fixing everything clears the summary and the title prefix.
    fill_required(page)
    page.click(".ns-submit")
    page.wait_for_function("() => document.querySelector('.ns-error-summary').hidden")
    assert not page.title().startswith("Error: ")


def test_copy_on_a_draft_asks_for_the_missing_answers(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    page.fill(P + "your_name", "Priya")
    wait_for_letter(page, "Priya")
    page.click("button[data-action='copy-body']")
    page.locator(".ns-error-summary").wait_for(state="visible")


def test_markup_typed_into_a_field_shows_as_text_and_runs_nothing(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    fill_required(page)
    page.fill(P + "organization", XSS)
    page.fill(P + "interviewers-1-topic", "<script>window.__pwned=1</script>")
    page.wait_for_function("() => document.querySelector('.ns-letter__body').textContent.includes('onerror')")
    assert XSS in page.locator(".ns-letter__body").first.text_content()
    assert page.locator(".ns-output img, .ns-output script").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []


def test_add_and_remove_interviewers(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_required(page)
    assert page.locator(".ns-group__item[data-row='2']").is_hidden()
    page.click(".ns-group__add")
    assert page.evaluate("document.activeElement.id") == "ns-interview-thank-you-interviewers-2-name"
    page.fill(P + "interviewers-2-name", "Sam Ortiz")
    page.wait_for_function("() => document.querySelectorAll('.ns-letter').length === 2")
    page.click("[data-remove-row='2']")
    page.wait_for_function("() => document.querySelectorAll('.ns-letter').length === 1")


def test_only_same_origin_requests_and_no_accessibility_violations(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill_required(page)
    wait_for_letter(page, "Ana Souza")
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    assert visit.foreign_requests() == []
    assert all(method == "GET" for method, _ in visit.requests)
    assert visit.errors == []


def test_runtime_failure_keeps_the_form_and_says_so(fresh_visit):
    fresh_visit.context.route("**/*.wasm", lambda route: route.abort())
    page = fresh_visit.open(PAGE)
    page.fill(P + "your_name", "Still here")
    page.wait_for_selector('.ns-status[data-state="failed"]', timeout=60_000)
    assert "could not start" in page.locator(".ns-status").inner_text()
    assert page.input_value(P + "your_name") == "Still here"
    assert "Dear Dana Lee," in page.locator(".ns-letter__body").first.inner_text()
