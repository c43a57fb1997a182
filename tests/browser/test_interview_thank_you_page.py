"""Tier 3: the thank-you letter writer in Chromium, against the built site."""

from __future__ import annotations

import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    add_group_row, control_id, copy, copy_status, error_summary, field_error, fill, follow_error_link, group_row,
    in_writer, letter_action, output, remove_group_row, shown_letters, status, submit, wait_for_errors,
    wait_for_letter, wait_for_letters, wait_for_no_errors, wait_for_python,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("interview-thank-you")
PAGE = "/letters/interview-thank-you/"
XSS = "<img src=x onerror=\"window.__pwned=1\">"
REQUIRED = {
    "your_name": "Ana Souza",
    "organization": "Northwind Health",
    "role": "Data Analyst",
    "interview_date": "2026-03-12",
    "interview_kind": "video",
    "interviewers-1-name": "Dana Lee",
    "interviewers-1-topic": "the shared dashboard",
}


def test_form_and_sample_show_before_python_is_ready(fresh_visit):
    held = []
    fresh_visit.context.route("**/pyodide/pyodide.mjs", lambda route: held.append(route))
    page = fresh_visit.open(PAGE)
    assert page.locator(in_writer(SPEC)).count() == 1
    assert status(page, SPEC).get_attribute("data-state") == "loading"
    assert "loading" in status(page, SPEC).inner_text().lower()
    assert "Dear Dana Lee," in shown_letters(page, SPEC)[0]["body"]
    fill(page, SPEC, {"your_name": "Typed before ready"})
    assert page.input_value(control_id(SPEC, "your_name")) == "Typed before ready"
    for route in held:
        route.continue_()
    fresh_visit.context.unroute("**/pyodide/pyodide.mjs")


def test_typing_updates_the_letter_live(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    assert status(page, SPEC).get_attribute("role") == "status"
    fill(page, SPEC, {**REQUIRED, "your_name": "Zoë Quiñones"})
    wait_for_letter(page, SPEC, "Zoë Quiñones")
    wait_for_python(page, SPEC)  # the name is typed first: wait for the letter for every answer
    assert "the shared dashboard" in shown_letters(page, SPEC)[0]["body"]
    fill(page, SPEC, {"tone": "warm"})
    wait_for_letter(page, SPEC, "Hi Dana,", match="starts")
    assert visit.errors == []


def test_copy_buttons_put_subject_and_letter_on_the_clipboard(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, REQUIRED)
    wait_for_letter(page, SPEC, "Ana Souza")
    assert copy(page, SPEC, "copy-subject") == "Thank you: Data Analyst interview on March 12"
    copied = copy(page, SPEC, "copy-body")
    assert copy_status(page, SPEC).inner_text().startswith("Text copied")
    body = shown_letters(page, SPEC)[0]["body"]
    assert copied == body
    assert body.startswith("Dear Dana Lee,\n\nThank you for meeting with me by video")


def test_empty_form_shows_the_error_summary_gov_uk_style(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    submit(page, SPEC)
    errors = wait_for_errors(page, SPEC)
    assert error_summary(page, SPEC).evaluate("box => box === document.activeElement")
    assert page.title().startswith("Error: ")
    assert errors[0] == "Enter your name"
    assert field_error(page, SPEC, "your_name") == "Error: Enter your name"
    assert page.get_attribute(control_id(SPEC, "your_name"), "aria-invalid") == "true"
    assert follow_error_link(page, SPEC) == control_id(SPEC, "your_name")[1:]
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    # Fixing everything clears the summary and the title prefix.
    fill(page, SPEC, REQUIRED)
    submit(page, SPEC)
    wait_for_no_errors(page, SPEC)
    assert not page.title().startswith("Error: ")


def test_copy_on_a_draft_asks_for_the_missing_answers(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, {"your_name": "Priya"})
    wait_for_letter(page, SPEC, "Priya")
    letter_action(page, SPEC, "copy-body").click()
    assert wait_for_errors(page, SPEC)


def test_markup_typed_into_a_field_shows_as_text_and_runs_nothing(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    fill(page, SPEC, {**REQUIRED, "organization": XSS, "interviewers-1-topic": "<script>window.__pwned=1</script>"})
    body = wait_for_letter(page, SPEC, "onerror")
    assert XSS in body
    assert output(page, SPEC).locator("img, script").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []


def test_add_and_remove_interviewers(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, REQUIRED)
    assert group_row(page, SPEC, "interviewers", 2).is_hidden()
    add_group_row(page, SPEC, "interviewers")
    assert page.evaluate("document.activeElement.id") == control_id(SPEC, "interviewers-2-name")[1:]
    fill(page, SPEC, {"interviewers-2-name": "Sam Ortiz"})
    wait_for_letters(page, SPEC, 2)
    remove_group_row(page, SPEC, "interviewers", 2)
    wait_for_letters(page, SPEC, 1)


def test_only_same_origin_requests_and_no_accessibility_violations(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, REQUIRED)
    wait_for_letter(page, SPEC, "Ana Souza")
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)
    assert visit.foreign_requests() == []
    assert all(method == "GET" for method, _ in visit.requests)
    assert visit.errors == []


def test_runtime_failure_keeps_the_form_and_says_so(fresh_visit):
    fresh_visit.context.route("**/*.wasm", lambda route: route.abort())
    page = fresh_visit.open(PAGE)
    fill(page, SPEC, {"your_name": "Still here"})
    fresh_visit.page.wait_for_selector(in_writer(SPEC, '.ns-status[data-state="failed"]'), timeout=60_000)
    assert "could not start" in status(page, SPEC).inner_text()
    assert page.input_value(control_id(SPEC, "your_name")) == "Still here"
    assert "Dear Dana Lee," in shown_letters(page, SPEC)[0]["body"]
