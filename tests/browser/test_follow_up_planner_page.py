"""Tier 3: the follow-up planner in Chromium: the dated list, and the .ics
file the page downloads, read back with icalendar."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    copy_status, files, fill, shown_letters, submit, wait_for_errors, wait_for_python, writer_advice,
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
        "Enter at least one date: when you applied, the closing date, your interview, or when they turned you down",
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
