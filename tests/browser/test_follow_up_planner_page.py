"""Tier 3: the follow-up planner in Chromium: the dated list, and the .ics
file the page downloads, read back with icalendar."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    control_id, copy_status, field_error, files, fill, shown_letters, submit, wait_for_errors, wait_for_field_advice,
    wait_for_python, writer_advice,
)

pytestmark = pytest.mark.browser

SPEC = generators.SPECS["follow-up-planner"]
PAGE = "/letters/follow-up-planner/"


def open_planner(module_visit, today: str):
    module_visit.page.clock.set_fixed_time(f"{today}T10:00:00")
    page = module_visit.open(PAGE)
    module_visit.wait_ready()
    return page


def test_the_plan_and_its_calendar_file(module_visit, tmp_path):
    page = open_planner(module_visit, "2026-03-14")
    values = {"organization": "Northwind Health", "role": "Data Analyst", "interview_date": "2026-03-12",
              "decision_weeks": "2"}
    fill(page, SPEC, values)
    wait_for_python(page, SPEC)
    body = shown_letters(page, SPEC)[0]["body"]
    # Two days after the interview, the thank-you window is still open: a step for today.
    assert "Thursday, March 12, 2026 (now): Send your thank-you notes" in body
    assert "Thursday, March 26, 2026: The two weeks they gave are up" in body
    assert "Monday, March 30, 2026: Check in once" in body
    assert "Monday, April 6, 2026: Check in one last time" in body

    button = files(page, SPEC).locator("button")
    assert button.inner_text() == "Download calendar file (.ics)"
    with page.expect_download() as info:
        button.click()
    download = info.value
    assert download.suggested_filename == "follow-up-plan.ics"
    path = tmp_path / "plan.ics"
    download.save_as(path)
    data = path.read_bytes()
    assert data == generators.render(SPEC.id, values, date(2026, 3, 14)).files[0].text.encode("utf-8")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    calendar = icalendar.Calendar.from_ical(data)
    found = [(v.decoded("DTSTART"), str(v["SUMMARY"])) for v in calendar.walk("VEVENT")]
    assert found == [
        (date(2026, 3, 14), "Send your thank-you notes: Data Analyst at Northwind Health"),
        (date(2026, 3, 26), "The two weeks they gave are up: Data Analyst at Northwind Health"),
        (date(2026, 3, 30), "Check in once: Data Analyst at Northwind Health"),
        (date(2026, 4, 6), "Check in one last time: Data Analyst at Northwind Health"),
    ]
    assert "Downloaded follow-up-plan.ics." in copy_status(page, SPEC).inner_text()
    violations = module_visit.axe_violations()
    assert violations == [], format_violations(violations)
    assert module_visit.errors == []


def test_no_dates_means_no_plan_and_no_file(module_visit):
    page = open_planner(module_visit, "2026-03-14")
    fill(page, SPEC, {"organization": "Northwind Health"})
    wait_for_python(page, SPEC)
    assert files(page, SPEC).is_hidden()
    submit(page, SPEC)
    assert wait_for_errors(page, SPEC) == [
        "Enter at least one date: when you applied, the closing date, your interview, "
        "when they offered you the job, or when they turned you down",
    ]
    fill(page, SPEC, {"applied_date": "2026-03-10"})
    wait_for_python(page, SPEC)
    assert files(page, SPEC).is_visible()
    assert "Tuesday, March 17, 2026: Follow up on your application" in shown_letters(page, SPEC)[0]["body"]


def test_a_plan_with_every_step_passed_offers_no_file(module_visit):
    page = open_planner(module_visit, "2026-09-01")
    fill(page, SPEC, {"organization": "Northwind Health", "interview_date": "2026-03-12"})
    wait_for_python(page, SPEC)
    assert files(page, SPEC).is_hidden()
    assert "nothing to add to your calendar" in writer_advice(page, SPEC).inner_text()


def test_an_offer_s_dates_in_the_plan_and_its_calendar_file(module_visit, tmp_path):
    page = open_planner(module_visit, "2026-03-26")
    values = {"organization": "Northwind Health", "role": "Data Analyst", "interview_date": "2026-03-12",
              "decision_date": "2026-03-26", "offer_date": "2026-03-25", "answer_by": "2026-04-01",
              "start_date": "2026-04-27", "condition_1": "References", "condition_1_date": "2026-04-03"}
    fill(page, SPEC, values)
    wait_for_python(page, SPEC)
    body = shown_letters(page, SPEC)[0]["body"]
    # The offer ends the check-ins; its own steps take their place.
    assert "Check in once" not in body
    assert "Wednesday, March 25, 2026 (now): Ask for the offer in writing" in body
    assert "Thursday, March 26, 2026 (today): Read the offer and send your questions" in body
    assert "Monday, March 30, 2026: Decide on the offer" in body
    assert "Wednesday, April 1, 2026: Your answer is due" in body
    assert "Wednesday, April 1, 2026: Condition of the offer: References\nDue by Friday, April 3, 2026." in body
    assert "Monday, April 20, 2026: Confirm the details of your first day" in body
    assert "Monday, April 27, 2026: Your first day" in body
    assert wait_for_field_advice(page, SPEC, "accepted_date").startswith("When you accept in writing, add the date")

    with page.expect_download() as info:
        files(page, SPEC).locator("button").click()
    path = tmp_path / "offer.ics"
    info.value.save_as(path)
    data = path.read_bytes()
    assert data == generators.render(SPEC.id, values, date(2026, 3, 26)).files[0].text.encode("utf-8")
    found = [(v.decoded("DTSTART"), str(v["SUMMARY"]).split(": Data Analyst")[0])
             for v in icalendar.Calendar.from_ical(data).walk("VEVENT")]
    assert found == [
        (date(2026, 3, 26), "Ask for the offer in writing"),
        (date(2026, 3, 26), "Read the offer and send your questions"),
        (date(2026, 3, 30), "Decide on the offer"),
        (date(2026, 4, 1), "Your answer is due"),
        (date(2026, 4, 1), "Condition of the offer: References"),
        (date(2026, 4, 20), "Confirm the details of your first day"),
        (date(2026, 4, 27), "Your first day"),
    ]

    # Accepting in writing brings telling the others and thanking references.
    fill(page, SPEC, {"accepted_date": "2026-03-26"})
    wait_for_python(page, SPEC)
    page.wait_for_function(
        "() => document.querySelector('.ns-writer[data-writer=\"follow-up-planner\"] .ns-letter__body')"
        "?.textContent.includes('Tell the other employers')")
    body = shown_letters(page, SPEC)[0]["body"]
    assert "Thursday, March 26, 2026 (today): Thank your references" in body
    assert "Your answer is due" not in body
    violations = module_visit.axe_violations()
    assert violations == [], format_violations(violations)
    assert module_visit.errors == []


def test_an_impossible_offer_date_is_refused_beside_its_field_and_kept(module_visit):
    page = open_planner(module_visit, "2026-03-26")
    fill(page, SPEC, {"organization": "Northwind Health", "offer_date": "2026-03-25", "answer_by": "2026-03-20"})
    wait_for_python(page, SPEC)
    submit(page, SPEC)
    assert wait_for_errors(page, SPEC) == ["The date for your answer must be on or after the date of the offer"]
    assert "The date for your answer must be on or after the date of the offer" in field_error(page, SPEC, "answer_by")
    assert page.input_value(control_id(SPEC, "answer_by")) == "2026-03-20"
    assert files(page, SPEC).is_hidden()
    violations = module_visit.axe_violations()
    assert violations == [], format_violations(violations)
    fill(page, SPEC, {"answer_by": "2026-04-01"})
    wait_for_python(page, SPEC)
    assert files(page, SPEC).is_visible()
